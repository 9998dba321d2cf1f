package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import uk.contactpoint.dataquality.entity.InaccuracyReport;

/** {@code POST /api/v1/children/{id}/inaccuracies}: report that a fact on the record is wrong. */
@Path("children/{id}/inaccuracies")
public class InaccuracyResource {

  public record Report(InaccuracyReport.Fact fact, String note) {}

  @EJB Inaccuracies inaccuracies;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(@PathParam("id") String childId, Report body) {
    long id = inaccuracies.report(childId, body.fact(), body.note());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }
}
