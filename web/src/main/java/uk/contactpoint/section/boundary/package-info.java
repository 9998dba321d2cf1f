/**
 * The screen and REST resource of sections (DESIGN.md rule 9): SectionsPage and SectionResource, on
 * which national operators register the local authorities that go live.
 */
package uk.contactpoint.section.boundary;
