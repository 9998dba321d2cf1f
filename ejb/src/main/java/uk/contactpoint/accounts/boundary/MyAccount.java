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
import java.util.Optional;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.StaffNotice;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.shared.control.ReadableDates;
import uk.contactpoint.shared.entity.ContactDetails;

/** What the logged-in person is told about their own account. */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class MyAccount {

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** How long a notice stays on its recipient's pages. */
  static final int NOTICE_DAYS = 30;

  /**
   * The practitioner keeps their own work contact details; every involvement shows them from here,
   * so a change reaches all of them at once.
   */
  @Audited(AuditAction.CONTACT_DETAILS_CHANGED)
  public void changeContactDetails(String phone, String email) {
    var account = accounts.caller(caller.getCallerPrincipal());
    // A contact whose phone and e-mail are both empty is read back as none at all.
    var before =
        Optional.ofNullable(account.practitioner().contact())
            .orElse(new ContactDetails(null, null));
    // A field left out keeps its value; an empty one clears it.
    String newPhone = phone == null ? before.phone() : phone;
    String newEmail = email == null ? before.email() : email;
    audit
        .current()
        .target("account", account.username())
        .change(contactMap(before.phone(), before.email()), contactMap(newPhone, newEmail));
    ContactDetails after;
    try {
      after = new ContactDetails(newPhone, newEmail);
    } catch (IllegalArgumentException e) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          e.getMessage().startsWith("email") ? "email" : "phone", e.getMessage());
    }
    if (after.isEmpty()) {
      // Every involvement shows these details: the others working with the child must be able to
      // reach you.
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "phone", "Give a work phone number or e-mail address");
    }
    account.practitioner().changeContactDetails(after);
  }

  /** The caller's own details as their account screen shows them. */
  public record OwnDetails(String phone, String email, boolean dailyDigest)
      implements java.io.Serializable {}

  public OwnDetails ownDetails() {
    var account = accounts.caller(caller.getCallerPrincipal());
    var contact =
        Optional.ofNullable(account.practitioner().contact())
            .orElse(new ContactDetails(null, null));
    return new OwnDetails(contact.phone(), contact.email(), account.wantsDailyDigest());
  }

  /**
   * The caller asks for the daily e-mail that counts the changes on the children they work with, or
   * stops it. It goes to their work e-mail, so one must be recorded.
   */
  @Audited(AuditAction.DAILY_DIGEST_CHANGED)
  public void askForDailyDigest(boolean wanted) {
    var account = accounts.caller(caller.getCallerPrincipal());
    audit.current().target("account", account.username()).detail("daily", String.valueOf(wanted));
    boolean hasEmail =
        account.practitioner().contact() != null
            && account.practitioner().contact().email() != null;
    if (wanted && !hasEmail) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "daily", "Record your work e-mail address first: the daily e-mail goes there");
    }
    account.askForDailyDigest(wanted, clock.instant());
  }

  private static java.util.Map<String, String> contactMap(String phone, String email) {
    java.util.Map<String, String> values = new java.util.TreeMap<>();
    values.put("phone", phone == null ? "" : phone);
    values.put("email", email == null ? "" : email);
    return values;
  }

  /** The name the header shows: the person's, not their username. */
  public String fullName() {
    var account = accounts.caller(caller.getCallerPrincipal());
    return account.practitioner() == null ? account.username() : account.practitioner().fullName();
  }

  /** Reminders due now: vetting that runs out within 30 days, and notices of the last 30 days. */
  public List<String> reminders() {
    LocalDate today = LocalDate.now(clock);
    List<String> reminders =
        new java.util.ArrayList<>(
            accounts.byUsername(caller.getCallerPrincipal().getName()).stream()
                .filter(account -> account.vettingDueWithin(today, AccountSummary.REMINDER_DAYS))
                .map(
                    account ->
                        "Your enhanced vetting runs out on "
                            + ReadableDates.DAY.format(account.vettingExpiresOn())
                            + ". Ask your ContactPoint user administrator to record its renewal, or you will not be able to log in.")
                .toList());
    em.createQuery(
            "SELECT n FROM StaffNotice n WHERE n.recipientUsername = :me AND n.createdAt >= :since ORDER BY n.createdAt DESC",
            StaffNotice.class)
        .setParameter("me", caller.getCallerPrincipal().getName())
        .setParameter(
            "since",
            java.time.OffsetDateTime.ofInstant(
                clock.instant().minus(java.time.Duration.ofDays(NOTICE_DAYS)),
                java.time.ZoneOffset.UTC))
        .getResultList()
        .forEach(notice -> reminders.add(notice.message()));
    return reminders;
  }

  /**
   * Whether the management team named this user a child-protection user who may override a shield.
   */
  public boolean hasOverrideRight() {
    return accounts
        .byUsername(caller.getCallerPrincipal().getName())
        .map(a -> a.hasOverrideRight())
        .orElse(false);
  }

  /** Whether the caller works for a sexual-health, drugs, alcohol or mental-health service. */
  public boolean worksForSensitiveService() {
    return accounts
        .byUsername(caller.getCallerPrincipal().getName())
        .map(a -> a.practitioner() != null && a.practitioner().organisation().isSensitive())
        .orElse(false);
  }
}
