/**
 * The entities of involvements: Involvement, a service or practitioner working with a child, since
 * when, until when, and whether as lead professional. DESIGN.md rule 7 lives in
 * Involvement.isListedOn (an ended involvement stays listed for one year after its end date) and
 * LeadChange (an agreed change of lead, recorded); rule 6 in Involvement.recordConsent and
 * ConsentBasis (a sensitive service's involvement is held only on the young person's or a parent's
 * consent, or the provider's judgement of significant harm).
 */
package uk.contactpoint.involvement.entity;
