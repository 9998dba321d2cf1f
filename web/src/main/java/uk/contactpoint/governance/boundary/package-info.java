/**
 * The screen and REST resource of the data protection officer's reports: ReportsPage and
 * DpoReportResource (the user and the period in the body, never in the address), over DpoReports in
 * the ejb module.
 */
package uk.contactpoint.governance.boundary;
