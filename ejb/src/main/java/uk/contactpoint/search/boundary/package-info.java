/**
 * The business of finding a child (DESIGN.md rule 3): ChildSearch checks the criteria once for
 * screens and API (search.control's ChildSearchCriteria: a name, or a date or year of birth), ranks
 * at most 200 candidates from the indexes and otherwise asks the searcher to refine; each row
 * (access's SearchRow) shows only enough to pick the right child, never an address, and is built by
 * the visibility policy. Every search is audited with its criteria (rule 4).
 */
package uk.contactpoint.search.boundary;
