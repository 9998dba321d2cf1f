/**
 * The work behind an involvement shared by the screens and the feeds: InvolvementNews tells those
 * working with a child what another practitioner or service did on its record, joined, ended or
 * took the lead (DESIGN.md rule 7); nothing a sensitive service does is told, as it would name the
 * service (rule 6).
 */
package uk.contactpoint.involvement.control;
