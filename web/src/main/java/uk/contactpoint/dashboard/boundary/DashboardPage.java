package uk.contactpoint.dashboard.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.contactpoint.dashboard.control.Measure;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * The dashboard screen: the figures, each a link to the list behind it ({@code ?measure=}), and
 * where to act on it.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  /**
   * The screen where each kind of figure is acted on; children's lists link to each record instead.
   */
  private static final Map<Measure, String> WHERE_TO_ACT =
      Map.of(
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

  /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), one per series. */
  private static final List<String> COLOURS = List.of("#00703c", "#1d70b8", "#4c2c92", "#d4351c");

  private String measure;
  private String source;
  private String result;
  private List<Dashboard.Figure> figures;
  private Dashboard.Behind behind;
  private List<Dashboard.SourceRates> sources;
  private List<Dashboard.Trend> trends;

  public List<Dashboard.Figure> getFigures() {
    if (figures == null) {
      figures = dashboard.figures();
    }
    return figures;
  }

  public List<Dashboard.SourceRates> getSources() {
    if (sources == null) {
      sources = dashboard.sources();
    }
    return sources;
  }

  public List<Dashboard.Trend> getTrends() {
    if (trends == null) {
      trends = dashboard.trends();
    }
    return trends;
  }

  /**
   * The Chart.js configuration PrimeFaces' {@code p:chart} draws: stacked bars for what the sources
   * sent, lines for the queues. The same numbers are in a table beside each chart.
   */
  public String chartOf(Dashboard.Trend trend, boolean stacked) {
    var labels = JSON.createArrayBuilder();
    trend.weekStarts().forEach(week -> labels.add(WEEK.format(week)));
    var datasets = JSON.createArrayBuilder();
    for (int i = 0; i < trend.series().size(); i++) {
      Dashboard.Series series = trend.series().get(i);
      var counts = JSON.createArrayBuilder();
      series.counts().forEach(counts::add);
      String colour = COLOURS.get(i % COLOURS.size());
      datasets.add(
          JSON.createObjectBuilder()
              .add("label", series.label())
              .add("data", counts)
              .add("backgroundColor", colour)
              .add("borderColor", colour)
              .add("fill", false));
    }
    var axis = JSON.createObjectBuilder().add("stacked", stacked);
    return JSON.createObjectBuilder()
        .add("type", stacked ? "bar" : "line")
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add("x", axis)
                        .add(
                            "y",
                            JSON.createObjectBuilder()
                                .add("stacked", stacked)
                                .add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  public String week(java.time.LocalDate start) {
    return WEEK.format(start);
  }

  public String percent(double rate) {
    return String.format(java.util.Locale.UK, "%.1f %%", rate * 100);
  }

  private static final java.time.format.DateTimeFormatter WEEK =
      java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK);

  /** The list behind the chosen figure, read once per view. */
  public Dashboard.Behind getBehind() {
    if (behind == null && source != null && !source.isBlank()) {
      PageMessages.attempt(() -> behind = dashboard.behindSource(source, result));
      return behind;
    }
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

  /** Where to act on a list; records held from a source are settled on the data-quality screen. */
  public String whereToAct(Measure chosen) {
    if (chosen == null) {
      return "held".equals(result) ? "/dataquality" : null;
    }
    return WHERE_TO_ACT.get(chosen);
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
