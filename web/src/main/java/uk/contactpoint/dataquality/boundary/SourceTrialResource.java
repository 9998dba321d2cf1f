package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/manage/sources}: each source's quality, and the go-live gate. */
@Path("manage/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceTrialResource {

  @EJB SourceTrials sourceTrials;

  @GET
  public List<SourceTrials.SourceQuality> sources() {
    return sourceTrials.sources();
  }

  @POST
  @Path("{code}/approval")
  public jakarta.ws.rs.core.Response approve(@PathParam("code") String code) {
    sourceTrials.approveSource(code);
    return jakarta.ws.rs.core.Response.noContent().build();
  }

  @POST
  @Path("{code}/new-trial")
  public jakarta.ws.rs.core.Response newTrial(@PathParam("code") String code) {
    sourceTrials.newTrial(code);
    return jakarta.ws.rs.core.Response.noContent().build();
  }
}
