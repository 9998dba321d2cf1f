package uk.contactpoint.audit.control;

import uk.contactpoint.audit.entity.AuditFacts;

/**
 * Who the trail names as the actor of an entry, from the name the act ran as (DESIGN.md rule 4:
 * who, and in which section's chain). The accounts feature knows accounts and answers through this;
 * the trail, which every feature writes to, so needs none of them.
 */
public interface AuditActors {

  /**
   * A source system's key, an account (its id, roles, organisation and section), or a name that is
   * neither, kept as given.
   */
  AuditFacts.Actor named(String username);
}
