/**
 * The screens and REST resources of the audit trail (DESIGN.md rule 4): AuditPage and
 * AuditResource (search, export, verify, alerts and investigations), PrintoutResource (a
 * printout's reference) and RequestOriginFilter, which hands each request's address to the trail
 * ("from where"). Who may read what is decided in the ejb module's uk.contactpoint.audit.boundary.
 */
package uk.contactpoint.audit.boundary;
