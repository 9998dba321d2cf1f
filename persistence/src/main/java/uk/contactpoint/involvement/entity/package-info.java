/**
 * Involvements: who works with a child, since when, until when, and who is lead professional.
 * An ended involvement stays listed for one year (DESIGN.md rule 7).
 */
package uk.contactpoint.involvement.entity;
