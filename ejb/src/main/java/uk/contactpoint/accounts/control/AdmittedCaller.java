package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The account this request was admitted as, as the session check read it at the start of the
 * request (FourFactorMechanism). The audit names its actor from it, and a record access its viewer,
 * instead of reading the account again within the same request; it lives as long as the request, so
 * nothing about an account outlives the request that read it (every request reads afresh: DESIGN.md
 * rule 2). Empty for a request no session check admitted (a login, a feed, a timer): those read the
 * account.
 */
@RequestScoped
public class AdmittedCaller {

  private AccountOutline outline;

  public void admit(AccountOutline admitted) {
    this.outline = admitted;
  }

  /** The outline read by this request's session check, if it was read for that username. */
  public Optional<AccountOutline> as(String username) {
    return outline != null && outline.username().equals(username)
        ? Optional.of(outline)
        : Optional.empty();
  }
}
