/**
 * The entities of notices: Notification, what another practitioner or service did on a child's
 * record (joined, ended, took the lead, took over the CAF), told to those working with the child
 * (DESIGN.md rule 7: the previous lead is told); StaffNotice, a message to one member of staff
 * that is about no child (an investigation of one of their users).
 */
package uk.contactpoint.notification.entity;
