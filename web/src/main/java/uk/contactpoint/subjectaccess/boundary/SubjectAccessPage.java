package uk.contactpoint.subjectaccess.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * The management team's subject access screen: record a request, see the register with its
 * deadlines, download the answer.
 */
@Named
@ViewScoped
public class SubjectAccessPage implements Serializable {

  @EJB SubjectAccess subjectAccess;
  @Inject Clock clock;

  private String childId;
  private String carerName;
  private String requester;
  private LocalDate receivedOn;
  private boolean includeShielded;
  private String decisionNote;
  private List<SubjectAccess.RequestView> register;

  // Today from the service's clock, which tests replace (DESIGN.md section 4): known only once
  // injected.
  @PostConstruct
  void receivedToday() {
    receivedOn = LocalDate.now(clock);
  }

  public void open() {
    if (PageMessages.attempt(
        () ->
            subjectAccess.open(
                childId == null ? null : childId.strip(),
                carerName,
                requester,
                receivedOn,
                includeShielded,
                decisionNote))) {
      PageMessages.info(
          "The request is recorded: download the answer below and send it to the requester.");
      childId = null;
      carerName = null;
      requester = null;
      includeShielded = false;
      decisionNote = null;
      register = null;
    }
  }

  public List<SubjectAccess.RequestView> getRegister() {
    if (register == null) {
      register = subjectAccess.register();
    }
    return register;
  }

  public String getChildId() {
    return childId;
  }

  public void setChildId(String childId) {
    this.childId = childId;
  }

  public String getCarerName() {
    return carerName;
  }

  public void setCarerName(String carerName) {
    this.carerName = carerName;
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

  public boolean isIncludeShielded() {
    return includeShielded;
  }

  public void setIncludeShielded(boolean includeShielded) {
    this.includeShielded = includeShielded;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public void setDecisionNote(String decisionNote) {
    this.decisionNote = decisionNote;
  }
}
