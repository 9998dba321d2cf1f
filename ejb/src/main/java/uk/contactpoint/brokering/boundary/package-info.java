/**
 * The business of brokered contact (DESIGN.md rules 5 and 6): ContactRequests lets a practitioner
 * ask the management team to put them in touch with those working with a shielded child or with a
 * sensitive service; Brokering is the section's brokering duty, which forwards each request and
 * records its outcome, and the requester is told (with the contact only when it was agreed).
 * Another section's request answers 404 (rule 9).
 */
package uk.contactpoint.brokering.boundary;
