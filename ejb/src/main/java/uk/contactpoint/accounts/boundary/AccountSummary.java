package uk.contactpoint.accounts.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;

/** An account as user administration sees it: never a hash, a secret or a code. */
public record AccountSummary(
    String username,
    String fullName,
    String jobTitle,
    String organisation,
    String section,
    AccountStatus status,
    Set<Role> roles,
    Set<Duty> duties,
    LocalDate vettedOn,
    LocalDate vettingExpiresOn,
    LocalDate trainedOn,
    LocalDate agreementSignedOn,
    Instant lastLoginAt,
    int failedAttempts,
    Instant lastFailureAt,
    boolean vettingDueSoon)
    implements Serializable {

  /** How long before vetting runs out the holder and their managers are reminded. */
  public static final int REMINDER_DAYS = 30;

  static AccountSummary of(UserAccount account) {
    return new AccountSummary(
        account.username(),
        account.practitioner().fullName(),
        account.practitioner().jobTitle(),
        account.practitioner().organisation().name(),
        account.section().code(),
        account.status(),
        account.roles(),
        account.duties(),
        account.vettedOn(),
        account.vettingExpiresOn(),
        account.trainedOn(),
        account.agreementSignedOn(),
        account.lastLoginAt(),
        account.failedAttempts(),
        account.lastFailureAt(),
        account.vettingDueWithin(
            LocalDate.now(java.time.ZoneId.of("Europe/London")), REMINDER_DAYS));
  }
}
