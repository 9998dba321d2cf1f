package uk.contactpoint.dashboard.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/manage/dashboard}: today's figures, and {@code …/{measure}} the list behind one. */
@Path("manage/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @EJB Dashboard dashboard;

  @GET
  public List<Dashboard.Figure> figures() {
    return dashboard.figures();
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
      throw uk.contactpoint.shared.error.InvalidInputException.invalid("measure", "No dashboard figure is called " + name);
    }
  }
}
