/**
 * Children finds a record by its opaque id, an unknown id answering exactly like a hidden one
 * (DESIGN.md rule 9: 404), with its involvements; and says whether a shielded parent/carer lives at
 * the child's address, so that the visibility policy withholds the home, school and GP (rule 5).
 */
package uk.contactpoint.child.control;
