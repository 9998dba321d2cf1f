/**
 * RegisterFile reads the national registers' files, schools from Get Information About Schools and
 * GP practices from the NHS Organisation Data Service, into rows for the organisation register,
 * naming every row it cannot read.
 */
package uk.contactpoint.organisationregister.control;
