package uk.contactpoint.corrections.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.corrections.entity.CorrectionRequest;

/** {@code /api/v1/manage/corrections}: the register of corrections and complaints. */
@Path("manage/corrections")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

  public record NewRequest(
      CorrectionRequest.Kind kind,
      String childId,
      String what,
      String requester,
      LocalDate receivedOn) {}

  public record Assignment(String username) {}

  public record Resolution(CorrectionRequest.Outcome outcome, String reason) {}

  @EJB Corrections corrections;

  @GET
  public List<Corrections.Entry> register(@QueryParam("overdue") boolean overdueOnly) {
    return corrections.register(overdueOnly);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(NewRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(
            corrections.record(
                body.kind(), body.childId(), body.what(), body.requester(), body.receivedOn()))
        .build();
  }

  @POST
  @Path("{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  public Corrections.Entry assign(@PathParam("id") long id, Assignment body) {
    return corrections.assign(id, body.username());
  }

  @POST
  @Path("{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  public Corrections.Entry resolve(@PathParam("id") long id, Resolution body) {
    return corrections.resolve(id, body.outcome(), body.reason());
  }
}
