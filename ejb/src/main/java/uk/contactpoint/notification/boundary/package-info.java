/**
 * The business of telling practitioners what changed (DESIGN.md rule 7): DailyDigest e-mails each
 * morning, to those who asked, how many changes there were, naming no child. The home page, where a
 * practitioner sees the changes themselves, is built through the visibility policy by access's
 * MyChildren.
 */
package uk.contactpoint.notification.boundary;
