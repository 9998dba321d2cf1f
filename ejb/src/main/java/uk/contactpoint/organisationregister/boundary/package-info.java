/**
 * The organisation register (DESIGN.md rules 1, 6 and 9): the schools, GP practices, services and
 * groups whose staff may use ContactPoint, which of them are sensitive services, which source
 * system each runs. OrganisationRegister registers, changes and closes them, for a section's user
 * administrators (their own section) and national operators; RegisterImport reads the national
 * registers' files into it. Accreditation stays with Organisations in
 * uk.contactpoint.accounts.boundary; the organisations and practitioners themselves, which accounts
 * and records name, are uk.contactpoint.organisation's entities, below accounts.
 */
package uk.contactpoint.organisationregister.boundary;
