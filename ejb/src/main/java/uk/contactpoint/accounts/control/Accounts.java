package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.contactpoint.accounts.entity.Clearance;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.shared.error.ForbiddenException;

/** Finds accounts by username, normalised the one way usernames are stored. */
@Dependent
public class Accounts {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** The account of the caller an EJB is serving; every person with a role has one. */
  public UserAccount caller(Principal principal) {
    return byUsername(principal.getName()).orElseThrow(() -> new ForbiddenException("Your account was not found."));
  }

  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * The standing of an account, read in one query: the check of every request of a session needs
   * these five columns, not the account with its practitioner, organisation, section, roles and
   * duties (a query each without weaving).
   */
  public Optional<Clearance> clearance(String username) {
    return em.createQuery("SELECT NEW uk.contactpoint.accounts.entity.Clearance(a.status, a.vettedOn, a.trainedOn, "
            + "a.agreementSignedOn, o.accreditedOn) FROM UserAccount a JOIN a.practitioner p JOIN p.organisation o "
            + "WHERE a.username = :username", Clearance.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * The account of that username as the audit names its actor, in one query: a row per role and
   * duty (a handful), joined to the account's organisation and section.
   */
  public Optional<AccountOutline> outline(String username) {
    List<Object[]> rows = em.createQuery("SELECT a.id, a.username, o.id, s.id, r, d FROM UserAccount a "
            + "LEFT JOIN a.practitioner p LEFT JOIN p.organisation o LEFT JOIN a.section s "
            + "LEFT JOIN a.roles r LEFT JOIN a.duties d WHERE a.username = :username", Object[].class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<String> roles = new TreeSet<>();
    for (Object[] row : rows) {
      if (row[4] instanceof Role role) {
        roles.add(role.name());
      }
      if (row[5] instanceof Duty duty) {
        roles.add(duty.roleName());
      }
    }
    Object[] first = rows.get(0);
    return Optional.of(new AccountOutline((Long) first[0], (String) first[1], roles, (Long) first[2], (Long) first[3]));
  }
}
