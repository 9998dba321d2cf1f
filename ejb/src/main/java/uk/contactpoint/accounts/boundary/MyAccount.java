package uk.contactpoint.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;

/** What the logged-in person is told about their own account. */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class MyAccount {

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;

  /**
   * The practitioner keeps their own work contact details; every involvement shows them from
   * here, so a change reaches all of them at once.
   */
  public void changeContactDetails(String phone, String email) {
    var account = accounts.caller(caller.getCallerPrincipal());
    try {
      account.practitioner().changeContactDetails(new uk.contactpoint.shared.entity.ContactDetails(phone, email));
    } catch (IllegalArgumentException e) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(e.getMessage().startsWith("email") ? "email" : "phone", e.getMessage());
    }
  }

  /** Reminders due now: vetting that runs out within 30 days. */
  public List<String> reminders() {
    LocalDate today = LocalDate.now(clock);
    return accounts.byUsername(caller.getCallerPrincipal().getName()).stream()
        .filter(account -> account.vettingDueWithin(today, AccountSummary.REMINDER_DAYS))
        .map(account -> "Your enhanced vetting runs out on " + account.vettingExpiresOn()
            + ". Ask your ContactPoint user administrator to record its renewal, or you will not be able to log in.")
        .toList();
  }
}
