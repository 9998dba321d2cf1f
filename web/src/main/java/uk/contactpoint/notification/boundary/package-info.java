/**
 * The home page and its REST resource: HomePage and HomeResource (GET /api/v1/me/home), the
 * children the caller works with and what changed on them (DESIGN.md rule 7).
 */
package uk.contactpoint.notification.boundary;
