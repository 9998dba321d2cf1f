/**
 * The HTTP API under /api/v1: strict JSON binding (unknown fields rejected), problem+json errors
 * (RFC 9457) naming every bad field. Resources are thin: one EJB call each.
 */
package uk.contactpoint.api;
