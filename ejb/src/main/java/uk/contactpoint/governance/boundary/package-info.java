/**
 * The door of the data protection officer's reports: DpoReports, for auditors nationally and a
 * section's audit-review duty (DESIGN.md rule 9), checks the period and the reader's section and
 * gives every record a user opened in a period with the reasons, every opening by managers and
 * operators and every override (rule 4), the evidence that retention runs (rule 8), and the subject
 * access, corrections and complaints registers with their deadlines (rule 11), each also as CSV.
 * Every reading and export is audited (rule 4); the queries and the CSV are in control.
 */
package uk.contactpoint.governance.boundary;
