package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.contactpoint.accounts.entity.SourceSystemKey;
import uk.contactpoint.audit.control.AuditActors;
import uk.contactpoint.audit.entity.AuditFacts;

/** The accounts' answer to the trail's question "who is this?" (DESIGN.md rule 4). */
@Dependent
public class AccountActors implements AuditActors {

  @Inject Accounts accounts;
  @Inject AdmittedCaller admittedCaller;

  @Override
  public AuditFacts.Actor named(String username) {
    if (username.startsWith(SourceSystemKey.PRINCIPAL_PREFIX)) {
      // A feed's key ("source:EDU-X"): no account has a ':' in its name (UserAccount), so none is
      // looked for.
      return AuditFacts.Actor.sourceSystem(username);
    }
    // The session check of this request read the account a moment ago: the same facts, not read
    // twice.
    Optional<AccountOutline> account =
        admittedCaller.as(username).or(() -> accounts.outline(username));
    return account
        .map(
            a ->
                new AuditFacts.Actor(
                    a.username(),
                    a.id(),
                    String.join(",", a.roleNames()),
                    a.organisationId(),
                    a.sectionId()))
        .orElseGet(() -> AuditFacts.Actor.unknown(username));
  }
}
