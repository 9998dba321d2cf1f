/**
 * The entities of shielding (DESIGN.md rule 5): Shield, one period of a child's or a parent/carer's
 * shield with its ShieldCriterion, reason and review date, perhaps lifted; ShieldRequest, a
 * practitioner's request for a shield, decided by the section's shielding duty;
 * OverrideRightProposal, the two-person grant of the right to override a shield (one member
 * proposes, a different one confirms, the grantee is neither, an unconfirmed proposal lapses).
 */
package uk.contactpoint.shielding.entity;
