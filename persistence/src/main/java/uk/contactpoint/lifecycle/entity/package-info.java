/**
 * The entities of the record lifecycle (DESIGN.md rule 8): RecordExtension, a record kept past 18
 * for a care leaver or a young person with learning difficulties, with their consent, to no later
 * than their 25th birthday; RecordTombstone, what is left of a record whose personal data was
 * deleted six years after archiving: its opaque id, section and dates, no personal data.
 */
package uk.contactpoint.lifecycle.entity;
