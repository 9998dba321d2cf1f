/**
 * The business of shielding (DESIGN.md rule 5): Shields is the section's shielding duty, which
 * shields and lifts a child or a parent/carer with a criterion, a reason and a review date, sees
 * the reviews due and decides practitioners' requests; ShieldRequests lets a practitioner ask for a
 * shield; OverrideRights names the child-protection users who may override a shield, by two members
 * of the duty. Another section's record or account answers 404 (rule 9). What a shield hides is
 * decided by the visibility policy (uk.contactpoint.access.control).
 */
package uk.contactpoint.shielding.boundary;
