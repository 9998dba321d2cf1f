/**
 * RequestOriginFilter hands each request's address to the trail ("from where", DESIGN.md rule 4).
 * The screens and resources that read the trail are in uk.contactpoint.auditreview.
 */
package uk.contactpoint.audit.boundary;
