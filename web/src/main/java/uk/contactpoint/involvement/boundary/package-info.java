/**
 * InvolvementResource, the REST resource of the caller's own involvement with a child and the CAF
 * they hold (DESIGN.md rules 6 and 7, decided by Involvements in the ejb module); on screen the
 * same acts are on the record page (uk.contactpoint.access.boundary.InvolvementForm).
 */
package uk.contactpoint.involvement.boundary;
