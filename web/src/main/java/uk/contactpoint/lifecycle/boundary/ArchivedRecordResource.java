package uk.contactpoint.lifecycle.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.contactpoint.access.control.ChildRecordView;

/**
 * {@code POST /api/v1/admin/archived-records/{id}/statutory-access}: an operator opens an archived
 * record for a statutory purpose, named in the body with the enquiry or review (rule 8).
 */
@Path("admin/archived-records/{id}/statutory-access")
public class ArchivedRecordResource {

  public record StatutoryAccess(StatutoryPurpose purpose, String justification) {}

  @EJB ArchivedRecords archivedRecords;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ChildRecordView open(@PathParam("id") String childId, StatutoryAccess body) {
    StatutoryAccess request = body == null ? new StatutoryAccess(null, null) : body;
    return archivedRecords.openForStatutoryPurpose(
        childId, request.purpose(), request.justification());
  }
}
