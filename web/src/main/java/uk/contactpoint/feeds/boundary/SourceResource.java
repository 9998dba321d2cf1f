package uk.contactpoint.feeds.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The caller's section's sources with their keys (never a key itself), at {@code
 * /api/v1/admin/sources}.
 */
@Path("admin/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

  @EJB SourceKeys sourceKeys;

  @GET
  public List<SourceKeys.SourceSummary> sources() {
    return sourceKeys.sources();
  }
}
