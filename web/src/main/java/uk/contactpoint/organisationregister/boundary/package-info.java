/**
 * The screens and REST resource of the organisation register: OrganisationsPage (register, change,
 * accredit, close), OrganisationImportPage (a national register's file) and OrganisationResource.
 * The EJBs decide (DESIGN.md rules 1, 6 and 9).
 */
package uk.contactpoint.organisationregister.boundary;
