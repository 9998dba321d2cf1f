/**
 * Value objects and conversions every feature's entities use: Provenance, the source and date every
 * fact keeps (DESIGN.md rule 10); ContactDetails, how someone can be reached and nothing more;
 * StorableText, the check that text holds no control characters, applied wherever text enters;
 * InstantConverter, an Instant stored the same on H2 and PostgreSQL.
 */
package uk.contactpoint.shared.entity;
