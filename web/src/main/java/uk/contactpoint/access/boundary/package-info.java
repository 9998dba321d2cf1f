/**
 * The screens and REST resources of record access: RecordPage (the reason first, then the record)
 * with the record screen's forms of the features below access (InvolvementForm, ShieldRequestForm,
 * ShieldingForm, InaccuracyForm), AccessResource (POST /api/v1/children/{id}/access) and
 * OverrideResource (.../override); the home page, HomePage and HomeResource (GET /api/v1/me/home).
 * Thin adapters: the reason (DESIGN.md rule 3), the override (rule 5) and what is shown are decided
 * by RecordAccess and the visibility policy in the ejb module.
 */
package uk.contactpoint.access.boundary;
