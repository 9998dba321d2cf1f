/**
 * InaccuracyReport, a practitioner's flag that a fact on a record is wrong, for the section's
 * data-quality team (DESIGN.md rule 10). The records the team's queue holds, and the links it may
 * undo, are what feeds leave behind: feeds' MatchCase and ChildLink.
 */
package uk.contactpoint.dataquality.entity;
