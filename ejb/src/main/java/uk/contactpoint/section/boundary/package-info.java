/**
 * The local authorities ContactPoint serves (DESIGN.md rule 9): each a section, registered by the
 * national operator before its administrators, organisations and children can belong to it.
 */
package uk.contactpoint.section.boundary;
