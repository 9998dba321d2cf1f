/**
 * VisibilityPolicy, the one door through which a stored record becomes what a user sees (DESIGN.md
 * section 3): every record view, search row and home page (ChildRecordView, SearchRow, HomeView,
 * here beside it) is built here. It enforces rule 3 (a search row never shows an address), rule 5
 * (outside the section's team a shielded child shows only the allowlist, and a shielded
 * parent/carer withholds the home, school and GP), rule 6 (sensitive services flagged, named only
 * to the section's brokers and their own practitioner), rule 7 (an ended involvement listed for one
 * year), rule 8 (mayOpen: an archived record opens only to its section's team, for a year) and rule
 * 9 (a source's own number shown only to that body's staff).
 */
package uk.contactpoint.access.control;
