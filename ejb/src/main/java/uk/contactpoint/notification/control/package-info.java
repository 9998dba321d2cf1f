/**
 * DigestMail, the daily e-mail: a count of changes and nothing else, no child, practitioner or
 * service, since an e-mail leaves ContactPoint's protection; the reader logs in to see them, and
 * that look is audited like any other (DESIGN.md rule 4).
 */
package uk.contactpoint.notification.control;
