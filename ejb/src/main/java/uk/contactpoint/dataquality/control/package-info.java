/**
 * The work behind the data-quality duty (DESIGN.md rule 10). DataQualityTeam admits only a member
 * of a section's team. CaseViews shows each held record beside its candidates (CaseView), records
 * every candidate shown as a look at that child's record (rule 4), never shows another section's
 * shielded child and shows another section's candidate only as far as deciding needs (rules 5 and
 * 9). HeldCases reads a held case again: its record, the candidates matching named (the only
 * children a link may reach) and a shielded candidate's shield, which a record created from the
 * case takes on (rule 5). LinkReversal puts a child's facts back as they were before a wrong link,
 * never overwriting a fact changed since and never touching a shield (rule 5).
 */
package uk.contactpoint.dataquality.control;
