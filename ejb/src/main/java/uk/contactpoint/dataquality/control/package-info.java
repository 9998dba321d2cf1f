/**
 * LinkReversal puts a child's facts back as they were before a wrong link (DESIGN.md rule 10),
 * never overwriting a fact changed since and never touching a shield (rule 5).
 */
package uk.contactpoint.dataquality.control;
