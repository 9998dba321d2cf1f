/** How names become search keys: tokens, Double Metaphone codes and full forms of short forms. */
package uk.contactpoint.search.control;
