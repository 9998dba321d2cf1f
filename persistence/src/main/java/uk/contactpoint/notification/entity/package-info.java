/**
 * Notification: what another practitioner or service did on a child's record (joined, ended, took
 * the lead, took over the CAF), told to those working with the child (DESIGN.md rule 7: the
 * previous lead is told). A message to one member of staff about no child is the accounts'
 * StaffNotice.
 */
package uk.contactpoint.notification.entity;
