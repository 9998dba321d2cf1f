/**
 * The entities of the data-quality queue (DESIGN.md rule 10): MatchCase, a feed record held for
 * the section's team because matching could not decide, or because it meets a shielded child, when
 * the case is itself treated as shielded (rule 5); ChildLink, the log of what a feed record
 * changed on a child that already existed, so that a link to the wrong child is undone exactly;
 * InaccuracyReport, a practitioner's flag that a fact on a record is wrong.
 */
package uk.contactpoint.dataquality.entity;
