package uk.contactpoint.shielding.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code POST /api/v1/children/{id}/shield-requests}: a practitioner asks the management team for a
 * shield.
 */
@Path("children/{id}/shield-requests")
public class ShieldRequestResource {

  public record Request(String reason) {}

  @EJB ShieldRequests requests;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response request(@PathParam("id") String childId, Request body) {
    long id = requests.request(childId, body.reason());
    return Response.status(Response.Status.CREATED).entity(Map.of("reference", id)).build();
  }
}
