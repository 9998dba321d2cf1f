/**
 * The doors of the audit trail (DESIGN.md rule 4): AuditReview searches and exports the trail for
 * auditors (national) and a section's audit-review duty, and says who looked at a record;
 * AuditVerification proves the trail unaltered; AlertScan applies the alert rules every minute and
 * Investigations lets reviewers handle the alerts (suspend, tell the managers, close with an
 * outcome); AuditMaintenance keeps partitions ready and removes entries past retention;
 * AuditKeyAdoption seals the chains with the audit key at start; Printouts records a printout's
 * reference. Every reading of the trail is itself audited.
 */
package uk.contactpoint.audit.boundary;
