/**
 * The trail read by those who watch it (DESIGN.md rule 4): AuditReview searches and exports the
 * trail for auditors (national) and a section's audit-review duty, and says who looked at a record;
 * AuditVerification proves the trail unaltered; AlertScan applies the alert rules every minute and
 * Investigations lets reviewers handle the alerts (suspend, tell the managers, close with an
 * outcome); Printouts records a printout's reference. Every reading of the trail is itself audited.
 * The trail itself, written by every feature, is uk.contactpoint.audit.
 */
package uk.contactpoint.auditreview.boundary;
