/**
 * The entities of record access: AccessReason, the fixed list of reasons a practitioner gives
 * before a child's record opens (DESIGN.md rule 3), whose "other" needs a few words of explanation.
 * The door that asks for the reason is RecordAccess in the ejb module's
 * uk.contactpoint.access.boundary.
 */
package uk.contactpoint.access.entity;
