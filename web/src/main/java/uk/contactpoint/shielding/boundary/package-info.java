/**
 * The screens and REST resources of shielding (DESIGN.md rule 5): ShieldingPage and
 * OverrideRightsPage (the shielding duty's requests, reviews and override rights), ShieldResource
 * (/api/v1/manage/...) and ShieldRequestResource (a practitioner asks for a shield). The two-person
 * rule and the section check live in the ejb module's uk.contactpoint.shielding.boundary.
 */
package uk.contactpoint.shielding.boundary;
