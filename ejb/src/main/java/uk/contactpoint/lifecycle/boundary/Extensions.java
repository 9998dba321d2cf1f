package uk.contactpoint.lifecycle.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.lifecycle.entity.RecordExtension;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * A section's management team keeps a record past 18 for a care leaver or a young person with
 * learning difficulties, with the young person's consent, to 25 at most; withdrawn consent archives
 * it at the next run (rule 8).
 */
@Stateless
@RolesAllowed(Role.LA_MANAGER_NAME)
public class Extensions {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject AuditNotes audit;

  @Audited(AuditAction.EXTENSION_RECORDED)
  public void record(
      String childId, RecordExtension.Category category, String consentNote, LocalDate endsOn) {
    Child child = ofMySection(childId);
    audit.current().child(child).detail("category", category).detail("endsOn", endsOn);
    if (current(child) != null) {
      throw new ConflictException("This record has an extension in force; withdraw it first.");
    }
    em.persist(new RecordExtension(child, category, consentNote, endsOn, me().username(), today()));
  }

  @Audited(AuditAction.EXTENSION_WITHDRAWN)
  public void withdraw(String childId) {
    Child child = ofMySection(childId);
    audit.current().child(child);
    RecordExtension extension = current(child);
    if (extension == null) {
      throw new NotFoundException("The extension");
    }
    extension.withdraw(today());
  }

  private RecordExtension current(Child child) {
    return em.createQuery(
            "SELECT e FROM RecordExtension e WHERE e.child = :child AND e.withdrawnOn IS NULL",
            RecordExtension.class)
        .setParameter("child", child)
        .getResultStream()
        .filter(e -> e.isInForceOn(today()))
        .findFirst()
        .orElse(null);
  }

  private Child ofMySection(String childId) {
    Child child = children.get(childId);
    if (!scope.isOwn(me(), child.section())) {
      throw new NotFoundException("The record");
    }
    return child;
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
