package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.contactpoint.accounts.entity.LoginAttempt;

/**
 * Counts login attempts per account and per address in a sliding window. Kept in the database, not
 * in memory, so the limits hold across every node of a cluster.
 */
@Dependent
public class LoginAttempts {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject LoginPolicy policy;

  public boolean tooMany(String username, String address, Instant now) {
    Instant since = now.minus(policy.window());
    long forAccount =
        em.createQuery(
                "SELECT COUNT(a) FROM LoginAttempt a WHERE a.username = :username AND a.attemptedAt > :since",
                Long.class)
            .setParameter("username", username)
            .setParameter("since", since)
            .getSingleResult();
    if (forAccount >= policy.accountLimit()) {
      return true;
    }
    long forAddress =
        em.createQuery(
                "SELECT COUNT(a) FROM LoginAttempt a WHERE a.address = :address AND a.attemptedAt > :since",
                Long.class)
            .setParameter("address", address)
            .setParameter("since", since)
            .getSingleResult();
    return forAddress >= policy.addressLimit();
  }

  public void record(String username, String address, Instant now, boolean succeeded) {
    em.persist(new LoginAttempt(username, address, now, succeeded));
    // Attempts older than the window no longer count; drop this account's old ones as we go.
    em.createQuery(
            "DELETE FROM LoginAttempt a WHERE a.username = :username AND a.attemptedAt < :before")
        .setParameter("username", username)
        .setParameter("before", now.minus(policy.window().multipliedBy(2)))
        .executeUpdate();
  }
}
