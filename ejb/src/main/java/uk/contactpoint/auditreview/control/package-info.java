/**
 * What reviewers of the trail may see and are warned of (DESIGN.md rule 4): AuditQuery checks what
 * a reviewer asks (any of user, record, action, and at most a year of whole days), naming every bad
 * field; TrailEvents finds the entries and tells them as AuditEvents, withholding a shielded
 * child's values and a sensitive service beside a child from readers outside the child's section's
 * team who stated no purpose (rules 5 and 6); TrailCsv writes them for a spreadsheet, every cell
 * defused; ReviewScope keeps a section's reviewers to their section's chain (rule 9); AlertRules
 * are the alert rules, for every role; ShieldedRecords withholds shielded children's values from
 * readers of the trail (rule 5); StatedReasons reads the reason a record was opened from an entry's
 * detail row.
 */
package uk.contactpoint.auditreview.control;
