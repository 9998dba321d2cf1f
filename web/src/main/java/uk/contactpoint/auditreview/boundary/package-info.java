/**
 * The screens and REST resources that read the audit trail (DESIGN.md rule 4): AuditPage and
 * AuditResource (search, export, verify, alerts and investigations) and PrintoutResource (a
 * printout's reference). Who may read what is decided in the ejb module's
 * uk.contactpoint.auditreview.boundary.
 */
package uk.contactpoint.auditreview.boundary;
