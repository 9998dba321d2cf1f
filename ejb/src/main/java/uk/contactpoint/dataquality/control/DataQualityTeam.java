package uk.contactpoint.dataquality.control;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.shared.error.ForbiddenException;

/**
 * The caller as a member of a section's data-quality team: the queue, merges, moves and records by
 * hand are all one section's, so an account without a section (an operator) is refused.
 */
@Dependent
public class DataQualityTeam {

  @Inject Accounts accounts;

  public UserAccount member(SessionContext caller) {
    UserAccount me = accounts.caller(caller.getCallerPrincipal());
    if (me.section() == null) {
      throw new ForbiddenException("The data-quality duty belongs to a section's team.");
    }
    return me;
  }
}
