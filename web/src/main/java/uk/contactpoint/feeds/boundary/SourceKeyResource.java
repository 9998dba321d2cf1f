package uk.contactpoint.feeds.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Source systems' keys under {@code /api/v1/admin/source-keys}; SourceKeys decides who may do what
 * (DESIGN.md rules 1, 9).
 */
@Path("admin/source-keys")
@Produces(MediaType.APPLICATION_JSON)
public class SourceKeyResource {

  /**
   * {@code sectionCode} registers a new source there; read for national operators only (none:
   * national).
   */
  public record NewSourceKey(String sourceCode, String sectionCode) {}

  @EJB SourceKeys sourceKeys;

  @GET
  public List<SourceKeys.KeySummary> sourceKeys() {
    return sourceKeys.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issueSourceKey(NewSourceKey body) {
    return Response.status(Response.Status.CREATED)
        .entity(sourceKeys.issue(body.sourceCode(), body.sectionCode()))
        .build();
  }

  /** A new key for the same source, the old one revoked. */
  @POST
  @Path("{id}/rotation")
  public Response rotateSourceKey(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED).entity(sourceKeys.rotate(id)).build();
  }

  @DELETE
  @Path("{id}")
  public Response revokeSourceKey(@PathParam("id") long id) {
    sourceKeys.revoke(id);
    return Response.noContent().build();
  }
}
