package uk.contactpoint.accounts.entity;

import java.time.LocalDate;
import java.util.Optional;
import uk.contactpoint.organisation.entity.Organisation;

/**
 * What decides whether a person may use ContactPoint on a day (DESIGN.md rule 1): the account's
 * status, its vetting, training and agreement, and its organisation's accreditation. The one place
 * these rules live: {@link UserAccount#clearanceProblemOn} asks it, and the check of every request
 * of a session reads just these five columns in one query (Accounts.clearance) instead of the
 * account with everything it refers to.
 */
public record Clearance(
    AccountStatus status,
    LocalDate vettedOn,
    LocalDate trainedOn,
    LocalDate agreementSignedOn,
    LocalDate organisationAccreditedOn) {

  /**
   * Why this person may not use ContactPoint on that day, in words for them, or empty when they
   * may.
   */
  public Optional<String> problemOn(LocalDate today) {
    if (vettedOn == null || !today.isBefore(vettedOn.plusYears(UserAccount.VETTING_YEARS))) {
      return Optional.of(
          "Your enhanced vetting is missing or more than "
              + UserAccount.VETTING_YEARS
              + " years old. Ask your ContactPoint user administrator.");
    }
    if (trainedOn == null) {
      return Optional.of(
          "You have not completed ContactPoint training. Ask your ContactPoint user administrator.");
    }
    if (agreementSignedOn == null) {
      return Optional.of(
          "You have not signed the ContactPoint end-user agreement. Ask your ContactPoint user administrator.");
    }
    if (!Organisation.accredited(organisationAccreditedOn, today)) {
      return Optional.of("Your organisation is not accredited to use ContactPoint.");
    }
    return Optional.empty();
  }

  /** A logged-in session may go on: the account is active and cleared on that day. */
  public boolean allowsUseOn(LocalDate today) {
    return status == AccountStatus.ACTIVE && problemOn(today).isEmpty();
  }
}
