/**
 * The business of the data-quality duty of a section's management team (DESIGN.md rule 10):
 * DataQuality shows each held feed record beside its candidates, field by field, links it or makes
 * a new record, merges and splits records, approves a source for go-live, lists the moves into and
 * out of the section (rule 9), and takes records typed in or corrected by hand through the same
 * checks; Links undoes a link to the wrong child in one step; Inaccuracies takes practitioners'
 * reports of a wrong fact. A case about a shielded child reaches only that child's team, and no
 * decision removes a shield (rule 5).
 */
package uk.contactpoint.dataquality.boundary;
