package uk.contactpoint.accounts.control;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * "Is this in my section, or am I national?" (DESIGN.md rule 9). A section's administrators and
 * managers act only on their own section's things; national operators on everyone's. Another
 * section's object answers 404, as if it did not exist.
 */
@Dependent
public class SectionScope {

  @Inject Accounts accounts;

  /** The caller's own section; empty for a national operator, who acts everywhere. */
  public Optional<LocalAuthoritySection> of(SessionContext caller) {
    if (caller.isCallerInRole(Role.ADMIN_NAME)) {
      return Optional.empty();
    }
    UserAccount me = accounts.caller(caller.getCallerPrincipal());
    if (me.section() == null) {
      throw new ForbiddenException("Your account belongs to no section.");
    }
    return Optional.of(me.section());
  }

  /**
   * Whether the object is of the caller's own section: the one test of the acts only a section's
   * own team does (its duties), where national operators have no part.
   */
  public boolean isOwn(UserAccount me, LocalAuthoritySection objectSection) {
    return me.section() != null
        && objectSection != null
        && me.section().id().equals(objectSection.id());
  }

  /**
   * Refuses, as not found, an object outside the caller's own section, for the acts only a
   * section's own team does.
   */
  public void requireOwn(UserAccount me, LocalAuthoritySection objectSection, String what) {
    if (!isOwn(me, objectSection)) {
      throw new NotFoundException(what);
    }
  }

  /**
   * Refuses, as not found, an object of another section (or a national one) to a section's member.
   */
  public void requireWithin(
      SessionContext caller, LocalAuthoritySection objectSection, String what) {
    Optional<LocalAuthoritySection> mine = of(caller);
    if (mine.isPresent()
        && (objectSection == null || !mine.get().id().equals(objectSection.id()))) {
      throw new NotFoundException(what);
    }
  }
}
