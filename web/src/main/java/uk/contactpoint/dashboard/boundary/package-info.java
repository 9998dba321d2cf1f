/**
 * The screen and REST resource of the management team's dashboard: DashboardPage (each figure a
 * link to the list behind it, the charts with their numbers) and DashboardResource. Opening a list
 * is audited by the EJB (DESIGN.md rule 4).
 */
package uk.contactpoint.dashboard.boundary;
