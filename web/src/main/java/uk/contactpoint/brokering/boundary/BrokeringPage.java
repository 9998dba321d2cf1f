package uk.contactpoint.brokering.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.brokering.entity.ContactRequest;
import uk.contactpoint.shared.boundary.PageMessages;

/** The brokering duty's screen: contact requests to forward and close. */
@Named
@ViewScoped
public class BrokeringPage implements Serializable {

  @EJB Brokering brokering;

  private List<ContactRequestView> queue;
  private final Map<Long, String> forwardTo = new HashMap<>();
  private final Map<Long, String> outcomes = new HashMap<>();
  private final Map<Long, String> shared = new HashMap<>();

  public void forward(long reference) {
    act(
        () -> brokering.forward(reference, forwardTo.get(reference)),
        "Request " + reference + " forwarded.");
  }

  public void close(long reference) {
    String chosen = outcomes.get(reference);
    act(
        () ->
            brokering.close(
                reference,
                chosen == null || chosen.isBlank() ? null : ContactRequest.Outcome.valueOf(chosen),
                shared.get(reference)),
        "Request " + reference + " closed; the requester is told the outcome.");
  }

  private void act(Runnable step, String done) {
    if (PageMessages.attempt(step)) {
      PageMessages.info(done);
      queue = null;
    }
  }

  public List<ContactRequestView> getQueue() {
    if (queue == null) {
      queue = brokering.queue();
    }
    return queue;
  }

  public ContactRequest.Outcome[] getOutcomeChoices() {
    return ContactRequest.Outcome.values();
  }

  public Map<Long, String> getForwardTo() {
    return forwardTo;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public Map<Long, String> getShared() {
    return shared;
  }

  public String when(Instant at) {
    return uk.contactpoint.shared.boundary.ScreenDates.whenOf(at);
  }
}
