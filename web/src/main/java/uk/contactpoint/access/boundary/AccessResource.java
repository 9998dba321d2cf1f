package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.contactpoint.access.control.ChildRecordView;
import uk.contactpoint.access.entity.AccessReason;

/** {@code POST /api/v1/children/{id}/access}: a reason first, then the record. */
@Path("children/{id}/access")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {

  public record Reason(String code, String label) {}

  public record AccessRequest(AccessReason reason, String reasonText) {}

  @EJB RecordAccess access;

  /** {@code GET /api/v1/reasons}: why a record may be opened. */
  @Path("reasons")
  @Produces(MediaType.APPLICATION_JSON)
  public static class ReasonsResource {

    @EJB RecordAccess access;

    @GET
    public List<Reason> reasons() {
      return access.reasons().stream().map(r -> new Reason(r.name(), r.label())).toList();
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public ChildRecordView open(@PathParam("id") String id, AccessRequest body) {
    AccessRequest request = body == null ? new AccessRequest(null, null) : body;
    return access.open(id, request.reason(), request.reasonText());
  }
}
