package uk.contactpoint.dashboard.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.contactpoint.dashboard.control.Measure;

/**
 * {@code /api/v1/manage/dashboard}: today's figures, and {@code …/{measure}} the list behind one;
 * {@code …/sources} the source systems' rates and {@code …/trends} the weekly counts of the charts.
 */
@Path("manage/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @EJB Dashboard dashboard;

  @GET
  public List<Dashboard.Figure> figures() {
    return dashboard.figures();
  }

  /** Each source's records naming the caller's local authority over 30 days, and its rates. */
  @GET
  @Path("sources")
  public List<Dashboard.SourceRates> sources() {
    return dashboard.sources();
  }

  /** The records behind one source's count: {@code result} is linked, created, held or rejected. */
  @GET
  @Path("sources/{source}/{result}")
  public Dashboard.Behind behindSource(
      @PathParam("source") String source, @PathParam("result") String result) {
    return dashboard.behindSource(source, result);
  }

  /** Twelve weeks of counts behind the dashboard's charts. */
  @GET
  @Path("trends")
  public List<Dashboard.Trend> trends() {
    return dashboard.trends();
  }

  @GET
  @Path("{measure}")
  public Dashboard.Behind behind(@PathParam("measure") String measure) {
    return dashboard.behind(parse(measure));
  }

  private static Measure parse(String name) {
    try {
      return Measure.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "measure", "No dashboard figure is called " + name);
    }
  }
}
