package uk.contactpoint.accounts.control;

import java.util.SortedSet;

/**
 * An account as the audit names its actor: its id, its roles and duties (as role names, sorted),
 * its organisation and section. Read in one query ({@link Accounts#outline}) where loading the
 * account would read its practitioner, organisation, section, roles and duties one query each.
 */
public record AccountOutline(Long id, String username, SortedSet<String> roleNames, Long organisationId, Long sectionId) {}
