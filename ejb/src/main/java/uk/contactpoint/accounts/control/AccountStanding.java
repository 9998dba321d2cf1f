package uk.contactpoint.accounts.control;

import java.time.LocalDate;
import java.util.Optional;
import uk.contactpoint.accounts.entity.Clearance;

/** An account as a request of its session finds it: who it is and whether it may go on. */
public record AccountStanding(AccountOutline outline, Clearance clearance) {

  /**
   * The account, while it is active and cleared on that day (DESIGN.md rule 1) and holds a role or
   * duty: an account with neither could do nothing, so it is not let in at all.
   */
  public Optional<AccountOutline> admittedOn(LocalDate today) {
    return clearance.allowsUseOn(today) && !outline.roleNames().isEmpty()
        ? Optional.of(outline)
        : Optional.empty();
  }
}
