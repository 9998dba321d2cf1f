/**
 * Search's work over the indexes (DESIGN.md section 3): CandidateFinder reads bounded ranges of the
 * search-key indexes, never a scan, leaves out archived records (rule 8) and merged ones, and never
 * finds a shielded child, or a child living with a shielded parent/carer, by where they live (rule
 * 5); CandidateRanker scores the few candidates with Jaro-Winkler.
 */
package uk.contactpoint.search.control;
