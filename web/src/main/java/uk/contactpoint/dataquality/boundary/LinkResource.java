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

/**
 * {@code /api/v1/manage/links}: the section's feed records applied to children that existed (by a
 * feed or by the team), newest first; {@code POST …/links/{id}/undo {reason, keepLaterChanges?}}
 * undoes a wrong one (409 naming the facts changed again since, unless they are to be kept).
 */
@Path("manage/links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkResource {

  public record Undo(String reason, boolean keepLaterChanges) {}

  @EJB Links links;

  @GET
  public List<Links.LinkView> recent() {
    return links.recent();
  }

  @POST
  @Path("{id}/undo")
  @Consumes(MediaType.APPLICATION_JSON)
  public Links.Undone undo(@PathParam("id") long linkId, Undo body) {
    return links.undo(
        linkId, body == null ? null : body.reason(), body != null && body.keepLaterChanges());
  }
}
