/**
 * The one hierarchy of business failures: ContactPointException, an application exception rolled
 * back so that a refused act leaves nothing half written, and its kinds, each with its HTTP status
 * and every bad field named (FieldError); mapped to problem+json in one place, the web module's
 * uk.contactpoint.api. NotFoundException also answers for what the caller may not see (DESIGN.md
 * rule 9: another section's object answers 404).
 */
package uk.contactpoint.shared.error;
