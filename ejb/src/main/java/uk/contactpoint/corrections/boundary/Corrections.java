package uk.contactpoint.corrections.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.corrections.entity.CorrectionRequest;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * The section's register of corrections and complaints (rule 11): recorded, assigned to a member of
 * the team, resolved with the change or a refusal and its reason; one month to answer, overdue ones
 * marked. Every step audited.
 */
@Stateless
@RolesAllowed(Role.LA_MANAGER_NAME)
public class Corrections {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject AuditNotes audit;

  public record Entry(
      long id,
      String kind,
      String childId,
      String what,
      String requester,
      LocalDate receivedOn,
      LocalDate dueOn,
      String assignedTo,
      LocalDate resolvedOn,
      String outcome,
      String reason,
      boolean overdue)
      implements Serializable {}

  @Audited(AuditAction.CORRECTION_RECORDED)
  public Entry record(
      CorrectionRequest.Kind kind,
      String childId,
      String what,
      String requester,
      LocalDate receivedOn) {
    UserAccount me = me();
    Child child = null;
    if (childId != null && !childId.isBlank()) {
      child = children.getEvenArchived(childId);
      if (!scope.isOwn(me, child.section())) {
        throw new NotFoundException("The record");
      }
      audit.current().child(child);
    }
    audit.current().detail("kind", kind).detail("what", what);
    CorrectionRequest request =
        new CorrectionRequest(
            kind, child, me.section(), what, requester, receivedOn, me.username(), today());
    em.persist(request);
    em.flush();
    audit.current().target("correction", request.id());
    return entry(request);
  }

  @Audited(AuditAction.CORRECTION_ASSIGNED)
  public Entry assign(long id, String username) {
    CorrectionRequest request = mine(id);
    UserAccount assignee =
        accounts
            .byUsername(UserAccount.normalise(username == null ? "" : username))
            .filter(a -> a.section() != null && a.section().id().equals(request.section().id()))
            .orElseThrow(() -> new NotFoundException("A member of your section called that"));
    request.assignTo(assignee.username());
    audit.current().target("correction", id).detail("assignedTo", assignee.username());
    return entry(request);
  }

  @Audited(AuditAction.CORRECTION_RESOLVED)
  public Entry resolve(long id, CorrectionRequest.Outcome outcome, String reason) {
    CorrectionRequest request = mine(id);
    audit.current().target("correction", id).detail("outcome", outcome).detail("reason", reason);
    request.resolve(outcome, reason, today());
    return entry(request);
  }

  /** The register, oldest due first; {@code overdueOnly} gives the ones past their month. */
  public List<Entry> register(boolean overdueOnly) {
    return em.createQuery(
            "SELECT r FROM CorrectionRequest r WHERE r.section = :section ORDER BY r.dueOn",
            CorrectionRequest.class)
        .setParameter("section", me().section())
        .getResultStream()
        .filter(r -> !overdueOnly || r.isOverdueOn(today()))
        .map(this::entry)
        .toList();
  }

  private CorrectionRequest mine(long id) {
    CorrectionRequest request = em.find(CorrectionRequest.class, id);
    if (request == null || !scope.isOwn(me(), request.section())) {
      throw new NotFoundException("The request");
    }
    return request;
  }

  private Entry entry(CorrectionRequest r) {
    return new Entry(
        r.id(),
        r.kind().name(),
        r.child().map(Child::publicId).orElse(null),
        r.what(),
        r.requester(),
        r.receivedOn(),
        r.dueOn(),
        r.assignedTo().orElse(null),
        r.resolvedOn().orElse(null),
        r.outcome().map(Enum::name).orElse(null),
        r.outcomeReason().orElse(null),
        r.isOverdueOn(today()));
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
