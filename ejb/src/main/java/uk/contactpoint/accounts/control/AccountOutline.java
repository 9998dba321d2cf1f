package uk.contactpoint.accounts.control;

import java.util.SortedSet;

/**
 * An account as the audit names its actor and the record's visibility policy knows its viewer: its
 * id, its roles and duties (as role names, sorted), its organisation, section and practitioner.
 * Read in one query ({@link Accounts#outline}, {@link Accounts#standing}) where loading the account
 * would read its practitioner, organisation, section, roles and duties one query each.
 */
public record AccountOutline(
    Long id,
    String username,
    SortedSet<String> roleNames,
    Long organisationId,
    Long sectionId,
    Long practitionerId) {}
