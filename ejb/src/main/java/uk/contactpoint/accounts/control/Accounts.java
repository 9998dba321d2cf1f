package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.Clearance;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.SourceSystemKey;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.shared.error.ForbiddenException;

/** Finds accounts by username, normalised the one way usernames are stored. */
@Dependent
public class Accounts {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** The account of the caller an EJB is serving; every person with a role has one. */
  public UserAccount caller(Principal principal) {
    return byUsername(principal.getName())
        .orElseThrow(() -> new ForbiddenException("Your account was not found."));
  }

  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /** The principal name of the unrevoked source key of this digest. */
  public Optional<String> sourcePrincipalOfKey(String keyDigest) {
    return em.createQuery(
            "SELECT k FROM SourceSystemKey k WHERE k.keyDigest = :digest", SourceSystemKey.class)
        .setParameter("digest", keyDigest)
        .getResultStream()
        .filter(k -> !k.isRevoked())
        .map(SourceSystemKey::principalName)
        .findFirst();
  }

  /**
   * What a request of a session needs of its account, read in one query: its standing (the five
   * columns that decide whether it may go on) and its outline (roles and duties as role names, for
   * the container; ids, for the audit's actor). A row per role and duty; no row for an account
   * without a practitioner, which no clearance covers.
   */
  public Optional<AccountStanding> standing(String username) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.id, a.username, o.id, s.id, p.id, r, d, a.status, a.vettedOn, a.trainedOn, "
                    + "a.agreementSignedOn, o.accreditedOn FROM UserAccount a JOIN a.practitioner p JOIN p.organisation o "
                    + "LEFT JOIN a.section s LEFT JOIN a.roles r LEFT JOIN a.duties d WHERE a.username = :username",
                Object[].class)
            .setParameter("username", UserAccount.normalise(username))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    Clearance clearance =
        new Clearance(
            (AccountStatus) first[7],
            (LocalDate) first[8],
            (LocalDate) first[9],
            (LocalDate) first[10],
            (LocalDate) first[11]);
    return Optional.of(new AccountStanding(outlineOf(rows), clearance));
  }

  /**
   * The account of that username as the audit names its actor, in one query: a row per role and
   * duty (a handful), joined to the account's organisation and section.
   */
  public Optional<AccountOutline> outline(String username) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.id, a.username, o.id, s.id, p.id, r, d FROM UserAccount a "
                    + "LEFT JOIN a.practitioner p LEFT JOIN p.organisation o LEFT JOIN a.section s "
                    + "LEFT JOIN a.roles r LEFT JOIN a.duties d WHERE a.username = :username",
                Object[].class)
            .setParameter("username", UserAccount.normalise(username))
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(outlineOf(rows));
  }

  /**
   * Rows of account id, username, organisation id, section id, practitioner id, a role, a duty: one
   * account.
   */
  private static AccountOutline outlineOf(List<Object[]> rows) {
    TreeSet<String> roles = new TreeSet<>();
    for (Object[] row : rows) {
      if (row[5] instanceof Role role) {
        roles.add(role.name());
      }
      if (row[6] instanceof Duty duty) {
        roles.add(duty.roleName());
      }
    }
    Object[] first = rows.get(0);
    return new AccountOutline(
        (Long) first[0],
        (String) first[1],
        roles,
        (Long) first[2],
        (Long) first[3],
        (Long) first[4]);
  }
}
