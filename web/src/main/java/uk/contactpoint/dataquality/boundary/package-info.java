/**
 * The screens and REST resources of the data-quality duty (DESIGN.md rule 10): DataQualityPage
 * (held records beside their candidates, link or new, merges, sources, moves) with
 * MatchCaseResource, MergeResource, SourceTrialResource and TransferResource; LinksPage and
 * LinkResource (undo a wrong link); RecordFormsPage, RecordForm and TeamRecordResource (records
 * typed in and corrected by hand); InaccuracyResource (a practitioner's flag of a wrong fact).
 */
package uk.contactpoint.dataquality.boundary;
