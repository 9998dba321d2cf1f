/**
 * The schema by migration (DESIGN.md section 3): SchemaMigration runs Flyway at deployment, before
 * any other bean touches the database; EclipseLink generates nothing. Start-up beans that use the
 * database depend on it.
 */
package uk.contactpoint.schema.boundary;
