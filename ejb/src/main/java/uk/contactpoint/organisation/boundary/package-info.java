/**
 * The organisation register (DESIGN.md rules 1, 6 and 9): the schools, GP practices, services and
 * groups whose staff may use ContactPoint, which of them are sensitive services, which source
 * system each runs; registered, changed and closed by a section's user administrators for their
 * own section and by national operators.
 */
package uk.contactpoint.organisation.boundary;
