/**
 * The local authorities ContactPoint serves (DESIGN.md rule 9): Sections registers each as a
 * section, by the national operator, before its administrators, organisations and children can
 * belong to it.
 */
package uk.contactpoint.section.boundary;
