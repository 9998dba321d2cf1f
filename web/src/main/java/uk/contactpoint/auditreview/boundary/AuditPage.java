package uk.contactpoint.auditreview.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.VerificationReport;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.Investigation;
import uk.contactpoint.auditreview.control.AuditQuery;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;

/**
 * The audit screen: search the trail and export it, handle alerts through investigations, and prove
 * the trail unaltered. What each person may do is decided by the EJBs; the page only leaves out
 * what their role cannot use.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  @EJB AuditReview review;
  @EJB AuditVerification verification;
  @EJB Investigations investigations;
  @Inject Clock clock;

  private String username;
  private String childId;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private AuditResults results;
  private ReviewPurpose purpose;
  private String purposeNote;
  private VerificationReport report;
  private List<AlertView> alerts;
  private List<InvestigationView> cases;
  private final Map<Long, String> dismissReasons = new HashMap<>();
  private final Map<Long, String> outcomes = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();

  public void search() {
    act(
        () ->
            results =
                purpose == null
                    ? review.search(query())
                    : review.searchWithPurpose(query(), purpose, purposeNote));
  }

  public ReviewPurpose[] getPurposes() {
    return ReviewPurpose.values();
  }

  public ReviewPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(ReviewPurpose purpose) {
    this.purpose = purpose;
  }

  public String getPurposeNote() {
    return purposeNote;
  }

  public void setPurposeNote(String purposeNote) {
    this.purposeNote = purposeNote;
  }

  public void export() throws IOException {
    String csv;
    try {
      csv = review.exportCsv(query());
    } catch (ContactPointException refused) {
      show(refused);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"contactpoint-audit.csv\"");
    external.getResponseOutputWriter().write(csv);
    faces.responseComplete();
  }

  public void verify() {
    act(() -> report = verification.verify());
  }

  public void investigate(long alertId) {
    act(
        () -> {
          long id = investigations.open(alertId);
          info("Investigation " + id + " opened.");
        });
    refresh();
  }

  public void dismiss(long alertId) {
    act(() -> investigations.dismiss(alertId, dismissReasons.get(alertId)));
    refresh();
  }

  public void suspend(long investigationId) {
    act(
        () -> {
          investigations.suspendAccount(investigationId);
          info("The account is suspended; its sessions end at their next request.");
        });
    refresh();
  }

  public void notifyManager(long investigationId) {
    act(
        () ->
            info(
                investigations.notifyManager(investigationId)
                    + " user administrator(s) notified."));
    refresh();
  }

  public void close(long investigationId) {
    act(
        () -> {
          String chosen = outcomes.get(investigationId);
          investigations.close(
              investigationId,
              chosen == null || chosen.isBlank() ? null : Investigation.Outcome.valueOf(chosen),
              notes.get(investigationId));
          info("Investigation " + investigationId + " closed.");
        });
    refresh();
  }

  private void refresh() {
    alerts = null;
    cases = null;
  }

  private AuditQuery query() {
    return AuditQuery.of(
        username, childId, action == null ? null : action.name(), from, to, LocalDate.now(clock));
  }

  private static void act(Runnable step) {
    PageMessages.attempt(step);
  }

  private static void show(ContactPointException refused) {
    PageMessages.show(refused);
  }

  private static void info(String message) {
    PageMessages.info(message);
  }

  public boolean isReviewer() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.AUDITOR_NAME)
        || external.isUserInRole(Duty.AUDIT_REVIEW_ROLE);
  }

  public boolean isVerifier() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.AUDITOR_NAME) || external.isUserInRole(Role.ADMIN_NAME);
  }

  public List<AlertView> getAlerts() {
    if (alerts == null && isReviewer()) {
      alerts = investigations.openAlerts();
    }
    return alerts;
  }

  public List<InvestigationView> getInvestigations() {
    if (cases == null && isReviewer()) {
      cases = investigations.investigations();
    }
    return cases;
  }

  public String when(Instant at) {
    return uk.contactpoint.shared.boundary.ScreenDates.exactlyWhenOf(at);
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public Investigation.Outcome[] getOutcomeChoices() {
    return Investigation.Outcome.values();
  }

  public Map<Long, String> getDismissReasons() {
    return dismissReasons;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public AuditResults getResults() {
    return results;
  }

  public VerificationReport getReport() {
    return report;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getChildId() {
    return childId;
  }

  public void setChildId(String childId) {
    this.childId = childId;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
