/**
 * The business of the data protection officer's reports: DpoReports, for auditors nationally and a
 * section's audit-review duty, gives every record a user opened in a period with the reasons, every
 * opening by managers and operators and every override (DESIGN.md rule 4), the evidence that
 * retention runs (rule 8), and the subject access, corrections and complaints registers with their
 * deadlines (rule 11). Every reading and export is audited.
 */
package uk.contactpoint.governance.boundary;
