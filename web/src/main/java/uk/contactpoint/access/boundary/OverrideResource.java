package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.contactpoint.access.control.ChildRecordView;

/**
 * {@code POST /api/v1/children/{id}/override}: a named child-protection user opens a shielded
 * record whole, for this one answer, after acknowledging that it starts an investigation.
 */
@Path("children/{id}/override")
public class OverrideResource {

  public record OverrideRequest(String justification, Boolean warningAcknowledged) {}

  @EJB RecordAccess access;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ChildRecordView override(@PathParam("id") String childId, OverrideRequest body) {
    return access.openOverridingShield(
        childId, body.justification(), Boolean.TRUE.equals(body.warningAcknowledged()));
  }
}
