package uk.contactpoint.shielding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.StaffNotice;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shielding.entity.Shield;
import uk.contactpoint.shielding.entity.ShieldCriterion;
import uk.contactpoint.shielding.entity.ShieldRequest;

/**
 * The shielding duty of a section's management team (DESIGN.md rule 5): shield and unshield the
 * section's children with a criterion, a reason and a review date; see the reviews due; decide
 * practitioners' requests, and tell the requester the decision (never the details).
 */
@Stateless
@RolesAllowed(Duty.SHIELDING_ROLE)
public class Shields {

  /** Reviews due within this many days are listed. */
  public static final int REVIEW_NOTICE_DAYS = 30;

  private static final Logger LOG = Logger.getLogger(Shields.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject AuditNotes audit;

  @Audited(AuditAction.SHIELD_APPLIED)
  public long shield(String childId, ShieldCriterion criterion, String reason, LocalDate reviewOn) {
    Child child = ofMySection(childId);
    audit
        .current()
        .detail("criterion", criterion)
        .detail("reason", reason)
        .detail("reviewOn", reviewOn);
    Shield shield =
        Shield.apply(
            child,
            criterion,
            reason,
            reviewOn,
            me().username(),
            clock.instant(),
            LocalDate.now(clock));
    em.persist(shield);
    em.flush();
    LOG.info(() -> "Record " + child.id() + " shielded (shield " + shield.id() + ")");
    return shield.id();
  }

  @Audited(AuditAction.SHIELD_REMOVED)
  public void unshield(String childId, String reason) {
    Child child = ofMySection(childId);
    audit.current().detail("reason", reason);
    Shield active =
        em.createQuery(
                "SELECT s FROM Shield s WHERE s.child = :child AND s.parentCarer IS NULL AND s.removedAt IS NULL",
                Shield.class)
            .setParameter("child", child)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("A shield on this record"));
    active.remove(me().username(), clock.instant(), reason);
    LOG.info(() -> "Shield " + active.id() + " of record " + child.id() + " lifted");
  }

  /** Shields a parent/carer of a child of this section (rule 5). */
  @Audited(AuditAction.SHIELD_APPLIED)
  public long shieldCarer(
      String childId, long carerId, ShieldCriterion criterion, String reason, LocalDate reviewOn) {
    ParentCarer carer = carerOf(ofMySection(childId), carerId);
    audit
        .current()
        .target("parent-carer", carerId)
        .detail("criterion", criterion)
        .detail("reason", reason)
        .detail("reviewOn", reviewOn);
    Shield shield =
        Shield.applyToCarer(
            carer,
            criterion,
            reason,
            reviewOn,
            me().username(),
            clock.instant(),
            LocalDate.now(clock));
    em.persist(shield);
    em.flush();
    return shield.id();
  }

  @Audited(AuditAction.SHIELD_REMOVED)
  public void unshieldCarer(String childId, long carerId, String reason) {
    ParentCarer carer = carerOf(ofMySection(childId), carerId);
    audit.current().target("parent-carer", carerId).detail("reason", reason);
    em.createQuery(
            "SELECT s FROM Shield s WHERE s.parentCarer = :carer AND s.removedAt IS NULL",
            Shield.class)
        .setParameter("carer", carer)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("A shield on this parent or carer"))
        .remove(me().username(), clock.instant(), reason);
  }

  private static ParentCarer carerOf(Child child, long carerId) {
    return child.parentsCarers().stream()
        .filter(p -> p.id() != null && p.id() == carerId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("The parent or carer"));
  }

  /**
   * The section's shields whose review falls within the next {@value #REVIEW_NOTICE_DAYS} days (or
   * is overdue).
   */
  public List<ShieldView> reviewsDue() {
    return em
        .createQuery(
            "SELECT s FROM Shield s WHERE s.removedAt IS NULL AND s.child.section = :section AND s.reviewOn <= :by"
                + " ORDER BY s.reviewOn",
            Shield.class)
        .setParameter("section", me().section())
        .setParameter("by", LocalDate.now(clock).plusDays(REVIEW_NOTICE_DAYS))
        .getResultList()
        .stream()
        .map(
            s ->
                new ShieldView(
                    s.id(),
                    s.child().publicId(),
                    s.child().name().fullName(),
                    s.criterion().name(),
                    s.reason(),
                    s.reviewOn(),
                    s.appliedBy(),
                    s.appliedAt()))
        .toList();
  }

  /** Practitioners' requests waiting in this section's queue, oldest first. */
  public List<ShieldRequestView> pendingRequests() {
    return em
        .createQuery(
            "SELECT r FROM ShieldRequest r WHERE r.section = :section AND r.decidedAt IS NULL ORDER BY r.requestedAt",
            ShieldRequest.class)
        .setParameter("section", me().section())
        .getResultList()
        .stream()
        .map(
            r ->
                new ShieldRequestView(
                    r.id(),
                    r.child().publicId(),
                    r.child().name().fullName(),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.reason()))
        .toList();
  }

  /**
   * Decides a request; an approval shields the child at once. The requester is told the decision
   * and the reference only.
   */
  @Audited(AuditAction.SHIELD_REQUEST_DECIDED)
  public void decide(long requestId, boolean approve, ShieldCriterion criterion, String note) {
    ShieldRequest request = em.find(ShieldRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException("The shield request");
    }
    audit
        .current()
        .target("shield-request", requestId)
        .child(request.child())
        .detail("approved", approve)
        .detail("note", note);
    scope.requireOwn(me(), request.child().section(), "The shield request");
    request.decide(approve, me().username(), clock.instant(), note);
    if (approve) {
      if (criterion == null) {
        throw InvalidInputException.invalid("criterion", "Choose the criterion for the shield");
      }
      if (!request.child().isShielded()) {
        em.persist(
            Shield.apply(
                request.child(),
                criterion,
                note,
                null,
                me().username(),
                clock.instant(),
                LocalDate.now(clock)));
      }
    }
    em.persist(
        new StaffNotice(
            request.requestedBy(),
            clock.instant(),
            "Your request for a shield (reference "
                + requestId
                + ") was "
                + (approve ? "agreed" : "not agreed")
                + " by the ContactPoint management team."));
  }

  /**
   * Marks a record as a child's new identity (adoption, protection): its former names and old
   * identifiers are dropped and matching holds every record resembling it for the team.
   */
  @Audited(AuditAction.NEW_IDENTITY_MARKED)
  public void markNewIdentity(String childId, String reason) {
    Child child = ofMySection(childId);
    Shield.requireReason("reason", reason);
    audit.current().detail("reason", reason);
    if (child.hasNewIdentity()) {
      throw new uk.contactpoint.shared.error.ConflictException(
          "This record is marked as a new identity already.");
    }
    child.startNewIdentity();
    LOG.info(() -> "Record " + child.id() + " marked as a new identity");
  }

  private Child ofMySection(String childId) {
    Child child = children.get(childId);
    audit.current().child(child);
    requireMySection(child);
    return child;
  }

  private void requireMySection(Child child) {
    // Another section's record answers as one that does not exist (DESIGN.md rule 9).
    scope.requireOwn(me(), child.section(), "The record");
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }
}
