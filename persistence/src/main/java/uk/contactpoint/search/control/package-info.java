/**
 * How names become search keys (DESIGN.md section 3, search built for 11 million records):
 * NameKeys splits a name into tokens and gives each its normalised spelling, its Double Metaphone
 * codes and the full forms of a short form. The same function builds the keys stored with a record
 * and the keys of a query, for search and for matching's blocks (rule 10).
 */
package uk.contactpoint.search.control;
