/**
 * The one hierarchy of business failures, rolled back and mapped to problem+json in one place.
 */
package uk.contactpoint.shared.error;
