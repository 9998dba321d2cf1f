/**
 * The HTTP API under /api/v1: strict JSON binding (StrictJsonReader: unknown fields rejected),
 * problem+json errors (RFC 9457) naming every bad field, one mapper per kind of failure; cross-site
 * posts and control characters in the address refused before any resource sees them. Resources are
 * thin, one EJB call each, and live in their feature's boundary package.
 */
package uk.contactpoint.api;
