/**
 * Organisations (schools, GP surgeries, services, with their sensitive-service category) and
 * the practitioners who work for them, as other practitioners see them.
 */
package uk.contactpoint.organisation.entity;
