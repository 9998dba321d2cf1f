package uk.contactpoint.shielding.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shielding.entity.ShieldCriterion;

/**
 * The shielding duty's screen: practitioners' requests to decide and the shields due for review
 * (who may override a shield: {@link OverrideRightsPage}).
 */
@Named
@ViewScoped
public class ShieldingPage implements Serializable {

  @EJB Shields shields;

  private List<ShieldRequestView> requests;
  private List<ShieldView> reviews;
  private final Map<Long, String> criteria = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();

  public void agree(long requestId) {
    decide(requestId, true);
  }

  public void decline(long requestId) {
    decide(requestId, false);
  }

  private void decide(long requestId, boolean approve) {
    String chosen = criteria.get(requestId);
    if (PageMessages.attempt(
        () ->
            shields.decide(
                requestId,
                approve,
                chosen == null || chosen.isBlank() ? null : ShieldCriterion.valueOf(chosen),
                notes.get(requestId)))) {
      PageMessages.info(
          "Request "
              + requestId
              + (approve ? " agreed: the record is shielded." : " not agreed.")
              + " The requester is told.");
      requests = null;
      reviews = null;
    }
  }

  public List<ShieldRequestView> getRequests() {
    if (requests == null) {
      requests = shields.pendingRequests();
    }
    return requests;
  }

  public List<ShieldView> getReviews() {
    if (reviews == null) {
      reviews = shields.reviewsDue();
    }
    return reviews;
  }

  public ShieldCriterion[] getCriterionChoices() {
    return ShieldCriterion.values();
  }

  public Map<Long, String> getCriteria() {
    return criteria;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public String when(Instant at) {
    return uk.contactpoint.shared.boundary.ScreenDates.whenOf(at);
  }
}
