package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/manage/merges}: two records of one child merged, and a wrong merge split. */
@Path("manage/merges")
@Produces(MediaType.APPLICATION_JSON)
public class MergeResource {

  public record Merge(String survivorId, String duplicateId, String reason) {}

  public record Split(String reason) {}

  @EJB Merges merges;

  @GET
  public List<Merges.MergeView> merges() {
    return merges.merges();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response merge(Merge body) {
    long id = merges.merge(body.survivorId(), body.duplicateId(), body.reason());
    return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
        .entity(Map.of("id", id))
        .build();
  }

  @POST
  @Path("{id}/split")
  @Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response split(@PathParam("id") long id, Split body) {
    merges.split(id, body.reason());
    return jakarta.ws.rs.core.Response.noContent().build();
  }
}
