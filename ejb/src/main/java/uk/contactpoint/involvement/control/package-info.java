/**
 * The work behind a practitioner's involvement shared by the screens and the feeds: telling those
 * working with a child what changed (DESIGN.md rules 6 and 7).
 */
package uk.contactpoint.involvement.control;
