/**
 * The entity of brokered contact: ContactRequest, a practitioner's request to be put in touch with
 * those working with a shielded child or with a sensitive service (DESIGN.md rules 5 and 6), asked,
 * forwarded by the section's brokering duty, and closed with an outcome.
 */
package uk.contactpoint.brokering.entity;
