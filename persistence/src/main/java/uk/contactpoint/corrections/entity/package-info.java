/**
 * The entity of the corrections register (DESIGN.md rule 11): CorrectionRequest, a request to
 * correct a record or a complaint in its section's register, recorded, assigned, and resolved with
 * the change made or a refusal and its reason, due one month after it was received
 * (CorrectionRequest.isOverdueOn).
 */
package uk.contactpoint.corrections.entity;
