/**
 * The trail's own care (DESIGN.md rule 4): AuditMaintenance keeps partitions ready and removes
 * entries past retention, keeping every chain verifiable; AuditKeyAdoption seals the chains with
 * the audit key at start. Reading the trail is the auditors' feature, uk.contactpoint.auditreview.
 */
package uk.contactpoint.audit.boundary;
