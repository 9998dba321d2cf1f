/**
 * What matching's decisions leave stored (DESIGN.md rule 10): HoldReason, why a record was held for
 * the data-quality team. The matching itself is the ejb module's uk.contactpoint.matching.
 */
package uk.contactpoint.matching.entity;
