/**
 * The screens and REST resources of the record lifecycle (DESIGN.md rule 8): ArchivedRecordsPage
 * and ArchivedRecordResource (an operator opens an archived record for a statutory purpose),
 * ExtensionResource and, on the record screen, ExtensionForm (keep a record past 18, or withdraw
 * that).
 */
package uk.contactpoint.lifecycle.boundary;
