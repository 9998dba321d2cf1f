/**
 * What reviewers of the trail may see and are warned of (DESIGN.md rule 4): ReviewScope keeps a
 * section's reviewers to their section's chain (rule 9); AlertRules are the alert rules, for every
 * role; ShieldedRecords withholds shielded children's values from readers of the trail (rule 5);
 * StatedReasons reads the reason a record was opened from an entry's detail row.
 */
package uk.contactpoint.auditreview.control;
