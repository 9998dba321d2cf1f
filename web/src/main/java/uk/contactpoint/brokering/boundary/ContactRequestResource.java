package uk.contactpoint.brokering.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/children/{id}/contact-requests}: ask the management team to put you in touch.
 */
@Path("children/{id}/contact-requests")
public class ContactRequestResource {

  public record Ask(String message) {}

  @EJB ContactRequests requests;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response ask(@PathParam("id") String childId, Ask body) {
    long reference = requests.ask(childId, body.message());
    return Response.status(Response.Status.CREATED).entity(Map.of("reference", reference)).build();
  }

  /** {@code GET /api/v1/me/contact-requests}: how the caller's requests ended. */
  @Path("me/contact-requests")
  public static class Mine {

    @EJB ContactRequests requests;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ContactRequestView> mine() {
      return requests.mine();
    }
  }
}
