/**
 * Finding a child (DESIGN.md rule 3): criteria checked once for screens and API, results that
 * show only enough to pick the right child, never an address.
 */
package uk.contactpoint.search.boundary;
