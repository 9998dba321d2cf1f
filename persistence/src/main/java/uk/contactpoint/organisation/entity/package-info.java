/**
 * The entities of the organisation register: Organisation, a school, GP surgery, service or group,
 * with its accreditation (DESIGN.md rule 1: its staff get accounts only while it is accredited, up
 * to its limit), its SensitiveCategory (rule 6: a sensitive service is never named to
 * practitioners) and the source system it runs (rule 9: a source's own number for a child is shown
 * only to that body's staff); and Practitioner, a person who works with children, as other
 * practitioners see them, whose contact details live once.
 */
package uk.contactpoint.organisation.entity;
