package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.contactpoint.accounts.entity.UserAccount;

/** Finds accounts by username, normalised the one way usernames are stored. */
@Dependent
public class Accounts {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }
}
