/**
 * The business of telling practitioners what changed (DESIGN.md rule 7): MyChildren builds a
 * practitioner's home page, the children they work with and the latest changes, through the
 * visibility policy; DailyDigest e-mails each morning, to those who asked, how many changes there
 * were, naming no child.
 */
package uk.contactpoint.notification.boundary;
