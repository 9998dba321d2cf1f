package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/manage/records}: the team creates a record by hand, in the feed record's
 * shape; 201 with the new record, or 202 with the case when it resembles a child or meets a shield.
 */
@Path("manage/records")
@Produces(MediaType.APPLICATION_JSON)
public class TeamRecordResource {

  @EJB TeamRecords teamRecords;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public jakarta.ws.rs.core.Response create(String body) {
    TeamRecords.Created created = teamRecords.createRecord(body);
    return jakarta.ws.rs.core.Response.status(created.childId() != null ? 201 : 202)
        .entity(created)
        .build();
  }

  /** A correction by hand: 409 naming the records it now resembles, unless {@code confirmed}. */
  @POST
  @Path("{id}/amendment")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, List<String>> amend(
      @PathParam("id") String childId, TeamRecords.Amendment body) {
    return Map.of("resembles", teamRecords.amend(childId, body));
  }
}
