/**
 * The screens and REST resources of brokered contact (DESIGN.md rules 5 and 6):
 * ContactRequestResource and, on the record screen, ContactRequestForm (a practitioner asks to be
 * put in touch), BrokeringPage and BrokeringResource (the brokering duty's queue, forwarding and
 * outcomes). The EJBs decide.
 */
package uk.contactpoint.brokering.boundary;
