package uk.contactpoint.auditreview.control;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.shared.error.ForbiddenException;

/**
 * Which part of the trail a reviewer reads: auditors the whole country, audit-review managers their
 * own section.
 */
@Dependent
public class ReviewScope {

  @Inject Accounts accounts;

  /** Null for auditors (the whole country); the reviewer's own section otherwise. */
  public Long sectionOf(SessionContext caller) {
    if (caller.isCallerInRole(Role.AUDITOR_NAME)) {
      return null;
    }
    UserAccount me = accounts.caller(caller.getCallerPrincipal());
    if (me.section() == null) {
      throw new ForbiddenException("Your account has no section to review.");
    }
    return me.section().id();
  }
}
