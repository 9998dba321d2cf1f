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
import uk.contactpoint.dataquality.control.CaseView;

/**
 * {@code /api/v1/manage/match-cases}: the data-quality duty's queue of feed records matching held,
 * each beside its candidates; a case is linked to a child or made a new record.
 */
@Path("manage/match-cases")
@Produces(MediaType.APPLICATION_JSON)
public class MatchCaseResource {

  public record Link(String childId) {}

  public record NewRecord() {}

  @EJB MatchCases matchCases;

  @GET
  public List<CaseView> openCases() {
    return matchCases.openCases();
  }

  @POST
  @Path("{id}/link")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> link(@PathParam("id") long caseId, Link body) {
    return Map.of("childId", matchCases.link(caseId, body.childId()));
  }

  @POST
  @Path("{id}/new-record")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> createNew(@PathParam("id") long caseId, NewRecord body) {
    return Map.of("childId", matchCases.createNew(caseId));
  }
}
