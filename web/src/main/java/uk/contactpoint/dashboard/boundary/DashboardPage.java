package uk.contactpoint.dashboard.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.contactpoint.shared.boundary.PageMessages;

/** The dashboard screen: the figures, each a link to the list behind it ({@code ?measure=}), and where to act on it. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  /** The screen where each kind of figure is acted on; children's lists link to each record instead. */
  private static final Map<Measure, String> WHERE_TO_ACT = Map.of(
      Measure.SHIELD_REVIEWS_DUE, "/shielding",
      Measure.CONTACT_REQUESTS_AGEING, "/brokering",
      Measure.MATCH_CASES_OPEN, "/dataquality",
      Measure.TRANSFERS_IN, "/dataquality",
      Measure.TRANSFERS_OUT, "/dataquality",
      Measure.USERS_DUE_CLEARANCE, "/accounts",
      Measure.DORMANT_ACCOUNTS, "/accounts",
      Measure.ORGANISATIONS_AT_LIMIT, "/accounts",
      Measure.OPEN_ALERTS, "/audit",
      Measure.OPEN_INVESTIGATIONS, "/audit");

  @EJB Dashboard dashboard;

  private String measure;
  private List<Dashboard.Figure> figures;
  private Dashboard.Behind behind;

  public List<Dashboard.Figure> getFigures() {
    if (figures == null) {
      figures = dashboard.figures();
    }
    return figures;
  }

  /** The list behind the chosen figure, read once per view. */
  public Dashboard.Behind getBehind() {
    if (behind == null && measure != null && !measure.isBlank()) {
      Measure chosen;
      try {
        chosen = Measure.valueOf(measure);
      } catch (IllegalArgumentException unknown) {
        PageMessages.info("There is no such figure: choose one above.");
        measure = null;
        return null;
      }
      PageMessages.attempt(() -> behind = dashboard.behind(chosen));
    }
    return behind;
  }

  public String whereToAct(Measure chosen) {
    return WHERE_TO_ACT.get(chosen);
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }
}
