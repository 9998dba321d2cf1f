package uk.contactpoint.access.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.access.control.ChildRecordView;
import uk.contactpoint.access.control.VisibilityPolicy;
import uk.contactpoint.access.entity.AccessReason;
import uk.contactpoint.accounts.control.AccountOutline;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.control.AdmittedCaller;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.Investigation;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.control.ChildInvolvements;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.control.FetchHints;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Opening a child's record: only with a reason (DESIGN.md rule 3), and only as the visibility
 * policy shapes it for this user.
 */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
@jakarta.annotation.security.DeclareRoles(Duty.BROKERING_ROLE)
public class RecordAccess {

  private static final Logger LOG = Logger.getLogger(RecordAccess.class.getName());

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject AdmittedCaller admittedCaller;
  @Inject Children children;
  @Inject ChildInvolvements childInvolvements;

  @jakarta.persistence.PersistenceContext(unitName = "contactpoint")
  jakarta.persistence.EntityManager em;

  /** Who opened an investigation that an override opened by itself. */
  static final String OVERRIDE_OPENER = "ContactPoint (shield override)";

  @Inject AuditNotes audit;

  private final VisibilityPolicy visibility = new VisibilityPolicy();

  public List<AccessReason> reasons() {
    return List.of(AccessReason.values());
  }

  @Audited(AuditAction.RECORD_ACCESS)
  public ChildRecordView open(String childId, AccessReason reason, String reasonText) {
    requireReason(reason, reasonText);
    Child child = children.getEvenArchived(childId);
    VisibilityPolicy.Viewer viewer = viewer();
    if (!visibility.mayOpen(child, viewer)) {
      throw new NotFoundException("The record");
    }
    audit.current().child(child).detail("reason", reason).detail("reasonText", reasonText);
    List<Involvement> involvements = childInvolvements.of(child);
    // Ids and the reason code only: the reason's free text may hold personal data.
    LOG.info(
        () ->
            "Record "
                + child.id()
                + " opened by "
                + caller.getCallerPrincipal().getName()
                + " for "
                + reason);
    return visibility.recordFor(
        child, involvements, viewer, children.livesWithAShieldedCarer(child));
  }

  /**
   * Rule 5's override: a named child-protection user opens a shielded record whole, for this one
   * view, after the warning and with a justification. The section's management team gets an
   * investigation at once; the act is audited (and alerted, as every override is).
   */
  @Audited(AuditAction.SHIELD_OVERRIDE)
  public ChildRecordView openOverridingShield(
      String childId, String justification, boolean warningAcknowledged) {
    Child child = children.get(childId);
    audit.current().child(child).detail("justification", justification);
    var me = accounts.caller(caller.getCallerPrincipal());
    if (!me.hasOverrideRight()) {
      throw new ForbiddenException("Only named child-protection users may override a shield.");
    }
    if (!child.isShielded()) {
      throw new ConflictException("This record is not shielded: open it with a reason.");
    }
    if (!warningAcknowledged) {
      throw InvalidInputException.invalid(
          "warningAcknowledged",
          "Confirm that you have read the warning: overriding a shield starts an investigation");
    }
    if (justification == null || justification.isBlank()) {
      throw InvalidInputException.invalid(
          "justification", "Say why you must see where this child is");
    }
    if (justification.length() > AccessReason.TEXT_LENGTH * 5) {
      throw InvalidInputException.invalid(
          "justification", "Write at most " + AccessReason.TEXT_LENGTH * 5 + " characters");
    }
    Investigation investigation =
        new Investigation(me.username(), child.section().id(), OVERRIDE_OPENER, clock.instant());
    em.persist(investigation);
    em.flush();
    audit.current().target("investigation", investigation.id());
    LOG.info(
        () ->
            "Shield of record "
                + child.id()
                + " overridden; investigation "
                + investigation.id()
                + " opened");
    return visibility.recordFor(
        child, childInvolvements.of(child), viewer().overridingTheShield(), false);
  }

  private VisibilityPolicy.Viewer viewer() {
    String me = caller.getCallerPrincipal().getName();
    Practitioner practitioner;
    Long section;
    Optional<AccountOutline> admitted = admittedCaller.as(me);
    if (admitted.isPresent()) {
      // This request's session check read the account a moment ago: only its practitioner is left
      // to read.
      Long practitionerId = admitted.get().practitionerId();
      practitioner =
          practitionerId == null
              ? null
              : em.createQuery("SELECT p FROM Practitioner p WHERE p.id = :id", Practitioner.class)
                  .setParameter("id", practitionerId)
                  // With its organisation and section: one statement, not three.
                  .setHint(FetchHints.JOIN_FETCH, "p.organisation")
                  .setHint(FetchHints.LEFT_JOIN_FETCH, "p.organisation.section")
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      section = admitted.get().sectionId();
    } else {
      var account = accounts.byUsername(me);
      practitioner = account.map(a -> a.practitioner()).orElse(null);
      section = account.map(a -> a.section() == null ? null : a.section().id()).orElse(null);
    }
    Long managed = caller.isCallerInRole(Role.LA_MANAGER_NAME) ? section : null;
    Long brokered = caller.isCallerInRole(Duty.BROKERING_ROLE) ? section : null;
    return new VisibilityPolicy.Viewer(
        practitioner, LocalDate.now(clock), managed, brokered, false);
  }

  static void requireReason(AccessReason reason, String reasonText) {
    if (reason == null) {
      throw InvalidInputException.invalid("reason", "Choose why you need to see this record");
    }
    boolean explained = reasonText != null && !reasonText.isBlank();
    if (reason.needsExplanation() && !explained) {
      throw InvalidInputException.invalid(
          "reasonText", "Explain in a few words why you need to see this record");
    }
    if (explained && reasonText.length() > AccessReason.TEXT_LENGTH) {
      throw InvalidInputException.invalid(
          List.of(
              new FieldError(
                  "reasonText", "Explain in at most " + AccessReason.TEXT_LENGTH + " characters")));
    }
  }
}
