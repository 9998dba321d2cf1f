package uk.contactpoint.lifecycle.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import uk.contactpoint.lifecycle.entity.RecordExtension;

/**
 * {@code /api/v1/manage/children/{id}/extension}: keep a record past 18, and withdraw that (rule
 * 8).
 */
@Path("manage/children/{id}/extension")
public class ExtensionResource {

  public record NewExtension(
      RecordExtension.Category category, String consentNote, LocalDate endsOn) {}

  @EJB Extensions extensions;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") String childId, NewExtension body) {
    extensions.record(childId, body.category(), body.consentNote(), body.endsOn());
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("withdrawal")
  public Response withdraw(@PathParam("id") String childId) {
    extensions.withdraw(childId);
    return Response.noContent().build();
  }
}
