package uk.contactpoint.corrections.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.corrections.entity.CorrectionRequest;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * The management team's corrections and complaints screen: record a request, assign it to a member
 * of the section, resolve it (a refusal with its reason), and see what is overdue.
 */
@Named
@ViewScoped
public class CorrectionsPage implements Serializable {

  @EJB Corrections corrections;
  @Inject Clock clock;

  private CorrectionRequest.Kind kind = CorrectionRequest.Kind.CORRECTION;
  private String childId;
  private String what;
  private String requester;
  private LocalDate receivedOn;
  private boolean overdueOnly;
  private final Map<Long, String> assignees = new HashMap<>();
  // Chosen outcomes by name: a map's values reach the page untyped, so no enum converter applies.
  private final Map<Long, String> outcomes = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();
  private List<Corrections.Entry> register;

  // Today from the service's clock, which tests replace (DESIGN.md section 4): known only once
  // injected.
  @PostConstruct
  void receivedToday() {
    receivedOn = LocalDate.now(clock);
  }

  public void record() {
    if (PageMessages.attempt(
        () ->
            corrections.record(
                kind, childId == null ? null : childId.strip(), what, requester, receivedOn))) {
      PageMessages.info("The request is recorded: it is due within a month.");
      childId = null;
      what = null;
      requester = null;
      register = null;
    }
  }

  public void assign(long id) {
    if (PageMessages.attempt(() -> corrections.assign(id, assignees.get(id)))) {
      PageMessages.info("Request " + id + " is assigned.");
      register = null;
    }
  }

  public void resolve(long id) {
    if (PageMessages.attempt(
        () -> corrections.resolve(id, outcomeNamed(outcomes.get(id)), reasons.get(id)))) {
      PageMessages.info("Request " + id + " is resolved.");
      register = null;
    }
  }

  private static CorrectionRequest.Outcome outcomeNamed(String name) {
    return name == null || name.isBlank() ? null : CorrectionRequest.Outcome.valueOf(name);
  }

  public void showOverdueOnly() {
    overdueOnly = !overdueOnly;
    register = null;
  }

  public List<Corrections.Entry> getRegister() {
    if (register == null) {
      register = corrections.register(overdueOnly);
    }
    return register;
  }

  public List<CorrectionRequest.Kind> getKinds() {
    return List.of(CorrectionRequest.Kind.values());
  }

  public List<CorrectionRequest.Outcome> getOutcomes() {
    return List.of(CorrectionRequest.Outcome.values());
  }

  public Map<Long, String> getAssignees() {
    return assignees;
  }

  public Map<Long, String> getChosenOutcomes() {
    return outcomes;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public CorrectionRequest.Kind getKind() {
    return kind;
  }

  public void setKind(CorrectionRequest.Kind kind) {
    this.kind = kind;
  }

  public String getChildId() {
    return childId;
  }

  public void setChildId(String childId) {
    this.childId = childId;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = requester;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }
}
