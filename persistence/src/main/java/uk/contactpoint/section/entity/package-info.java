/**
 * LocalAuthoritySection, one local authority's section of ContactPoint: every record belongs to
 * exactly one, and its management team answers for it (DESIGN.md rule 9).
 */
package uk.contactpoint.section.entity;
