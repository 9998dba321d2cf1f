/** Candidate lookup over the search-key indexes, bounded, and ranking with Jaro–Winkler. */
package uk.contactpoint.search.control;
