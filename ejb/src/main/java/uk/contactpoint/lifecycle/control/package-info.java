/**
 * The rules of the record lifecycle and its last act (DESIGN.md rule 8): LifecycleRules decides, as
 * one pure function of a record's dates, when it is archived (at 18, at the end of an extension, a
 * year after a death) and when its personal data is deleted (six years after archiving);
 * RecordPurger deletes it for good, leaving a tombstone and the audit chain's entries.
 */
package uk.contactpoint.lifecycle.control;
