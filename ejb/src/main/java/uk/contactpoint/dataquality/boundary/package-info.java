/**
 * The business of the data-quality duty of a section's management team (DESIGN.md rule 10):
 * MatchCases shows each held feed record beside its candidates, field by field, links it or makes a
 * new record; Merges merges and splits records; SourceTrials approves a source for go-live;
 * Transfers lists the moves into and out of the section (rule 9); TeamRecords takes records typed
 * in or corrected by hand through the same checks; InaccuracyQueue closes practitioners' reports of
 * a wrong fact, which Inaccuracies takes; Links undoes a link to the wrong child in one step. A
 * case about a shielded child reaches only that child's team, and no decision removes a shield
 * (rule 5).
 */
package uk.contactpoint.dataquality.boundary;
