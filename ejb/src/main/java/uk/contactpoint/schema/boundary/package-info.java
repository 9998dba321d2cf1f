/** The schema comes from Flyway only, at deployment, before any other bean touches the database. */
package uk.contactpoint.schema.boundary;
