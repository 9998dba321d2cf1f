package uk.contactpoint.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;

/** What the logged-in person is told about their own account. */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class MyAccount {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;

  /** Reminders due now: vetting that runs out within 30 days. */
  public List<String> reminders() {
    LocalDate today = LocalDate.now(clock);
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
        .setParameter("username", caller.getCallerPrincipal().getName())
        .getResultStream()
        .filter(account -> account.vettingDueWithin(today, AccountSummary.REMINDER_DAYS))
        .map(account -> "Your enhanced vetting runs out on " + account.vettingExpiresOn()
            + ". Ask your ContactPoint user administrator to record its renewal, or you will not be able to log in.")
        .toList();
  }
}
