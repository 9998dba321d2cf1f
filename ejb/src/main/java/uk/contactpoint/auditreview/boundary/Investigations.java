package uk.contactpoint.auditreview.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.StaffNotice;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditAlert;
import uk.contactpoint.audit.entity.Investigation;
import uk.contactpoint.auditreview.control.ReviewScope;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Alerts and investigations (rule 4). An alert reaches the reviewers of the user's section
 * (auditors see every section's, and alone see those about national users); a reviewer dismisses it
 * or opens an investigation, may suspend the account and tell the user's managers, and closes it
 * with an outcome. Nobody handles an alert about themselves. Every step is audited.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Duty.AUDIT_REVIEW_ROLE})
public class Investigations {

  private static final Logger LOG = Logger.getLogger(Investigations.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;
  @Inject ReviewScope scope;

  public List<AlertView> openAlerts() {
    Long section = reviewedSection();
    var query =
        em.createQuery(
                "SELECT a FROM AuditAlert a WHERE a.status = :open"
                    + (section == null ? "" : " AND a.sectionId = :section")
                    + " ORDER BY a.raisedAt DESC, a.id DESC",
                AuditAlert.class)
            .setParameter("open", AuditAlert.Status.OPEN)
            .setMaxResults(500);
    if (section != null) {
      query.setParameter("section", section);
    }
    return query.getResultList().stream().map(Investigations::view).toList();
  }

  public List<InvestigationView> investigations() {
    Long section = reviewedSection();
    var query =
        em.createQuery(
                "SELECT i FROM Investigation i"
                    + (section == null ? "" : " WHERE i.sectionId = :section")
                    + " ORDER BY i.openedAt DESC, i.id DESC",
                Investigation.class)
            .setMaxResults(200);
    if (section != null) {
      query.setParameter("section", section);
    }
    return query.getResultList().stream().map(Investigations::view).toList();
  }

  /** A dismissal's reason is kept in the trail only: a short statement, not a report. */
  static final int DISMISSAL_REASON_LENGTH = 1_000;

  @Audited(AuditAction.ALERT_DISMISSED)
  public void dismiss(long alertId, String reason) {
    AuditAlert alert = reviewable(alertId);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.invalid("reason", "Say why the alert needs no investigation");
    }
    if (reason.length() > DISMISSAL_REASON_LENGTH) {
      throw InvalidInputException.invalid(
          "reason", "Write at most " + DISMISSAL_REASON_LENGTH + " characters");
    }
    audit.current().detail("reason", reason);
    alert.dismiss();
  }

  @Audited(AuditAction.INVESTIGATION_OPENED)
  public long open(long alertId) {
    AuditAlert alert = reviewable(alertId);
    Investigation investigation =
        new Investigation(alert.subjectUsername(), alert.sectionId(), me(), clock.instant());
    em.persist(investigation);
    em.flush();
    alert.investigatedIn(investigation.id());
    audit
        .current()
        .target("investigation", investigation.id())
        .detail("alert", alert.id())
        .detail("rule", alert.rule());
    LOG.info(() -> "Investigation " + investigation.id() + " opened from alert " + alert.id());
    return investigation.id();
  }

  /**
   * Stops the user at once: their next request finds the account suspended and ends the session.
   */
  @Audited(AuditAction.INVESTIGATION_ACCOUNT_SUSPENDED)
  public void suspendAccount(long investigationId) {
    Investigation investigation = handled(investigationId);
    UserAccount subject =
        accounts
            .byUsername(investigation.subjectUsername())
            .orElseThrow(() -> new NotFoundException("The account"));
    audit.current().target("account", subject.username()).detail("investigation", investigationId);
    investigation.accountSuspended(clock.instant());
    subject.suspend();
  }

  /**
   * Tells the user's managers: the user administrators of the user's section (operators for a
   * national user) find a notice on their home page. It names the account and the reviewer, not
   * what was found.
   */
  @Audited(AuditAction.INVESTIGATION_MANAGER_NOTIFIED)
  public int notifyManager(long investigationId) {
    Investigation investigation = handled(investigationId);
    UserAccount subject =
        accounts
            .byUsername(investigation.subjectUsername())
            .orElseThrow(() -> new NotFoundException("The account"));
    List<UserAccount> managers = managersOf(subject);
    if (managers.isEmpty()) {
      throw new uk.contactpoint.shared.error.ConflictException(
          "Nobody administers this user's account; tell an operator.");
    }
    Instant now = clock.instant();
    String message =
        "ContactPoint investigation "
            + investigationId
            + " concerns the use of account "
            + subject.username()
            + ". Please contact the reviewer, "
            + me()
            + ", before changing the account.";
    managers.forEach(manager -> em.persist(new StaffNotice(manager.username(), now, message)));
    investigation.managerNotified(now);
    audit
        .current()
        .target("investigation", investigationId)
        .detail("notified", managers.stream().map(UserAccount::username).sorted().toList());
    return managers.size();
  }

  @Audited(AuditAction.INVESTIGATION_CLOSED)
  public void close(long investigationId, Investigation.Outcome outcome, String note) {
    Investigation investigation = handled(investigationId);
    audit
        .current()
        .target("investigation", investigationId)
        .detail("outcome", outcome)
        .detail("note", note);
    investigation.close(me(), clock.instant(), outcome, note);
  }

  private List<UserAccount> managersOf(UserAccount subject) {
    if (subject.section() == null) {
      return em.createQuery(
              "SELECT a FROM UserAccount a WHERE :admin MEMBER OF a.roles AND a.username <> :subject",
              UserAccount.class)
          .setParameter("admin", Role.ADMIN)
          .setParameter("subject", subject.username())
          .getResultList();
    }
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.section = :section AND :duty MEMBER OF a.duties AND a.username <> :subject",
            UserAccount.class)
        .setParameter("section", subject.section())
        .setParameter("duty", Duty.USER_ADMINISTRATION)
        .setParameter("subject", subject.username())
        .getResultList();
  }

  private AuditAlert reviewable(long alertId) {
    AuditAlert alert = em.find(AuditAlert.class, alertId);
    if (alert == null) {
      throw new NotFoundException("The alert");
    }
    audit.current().target("alert", alertId);
    requireMayReview(alert.subjectUsername(), alert.sectionId());
    return alert;
  }

  private Investigation handled(long investigationId) {
    Investigation investigation = em.find(Investigation.class, investigationId);
    if (investigation == null) {
      throw new NotFoundException("The investigation");
    }
    audit.current().target("investigation", investigationId);
    requireMayReview(investigation.subjectUsername(), investigation.sectionId());
    return investigation;
  }

  private void requireMayReview(String subject, Long section) {
    if (subject.equals(me())) {
      throw new ForbiddenException("Someone else must handle an alert about your own use.");
    }
    Long mine = reviewedSection();
    if (mine != null && !Objects.equals(mine, section)) {
      throw new ForbiddenException("You review your own section's users only.");
    }
  }

  private String me() {
    return caller.getCallerPrincipal().getName();
  }

  private Long reviewedSection() {
    return scope.sectionOf(caller);
  }

  private static AlertView view(AuditAlert a) {
    return new AlertView(
        a.id(),
        a.rule().name(),
        a.subjectUsername(),
        a.raisedAt(),
        a.summary(),
        a.status().name(),
        a.investigationId());
  }

  private static InvestigationView view(Investigation i) {
    return new InvestigationView(
        i.id(),
        i.subjectUsername(),
        i.openedBy(),
        i.openedAt(),
        i.accountSuspendedAt(),
        i.managerNotifiedAt(),
        i.closedAt(),
        i.outcome() == null ? null : i.outcome().name(),
        i.outcomeNote());
  }
}
