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
import uk.contactpoint.brokering.entity.ContactRequest;

/**
 * {@code /api/v1/manage/contact-requests…}: the brokering duty's queue, forwarding and outcomes.
 */
@Path("manage/contact-requests")
@Produces(MediaType.APPLICATION_JSON)
public class BrokeringResource {

  public record Forwarding(String to) {}

  public record Closing(ContactRequest.Outcome outcome, String sharedContact) {}

  @EJB Brokering brokering;

  @GET
  public List<ContactRequestView> queue() {
    return brokering.queue();
  }

  @POST
  @Path("{reference}/forwarding")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response forward(@PathParam("reference") long reference, Forwarding body) {
    brokering.forward(reference, body.to());
    return Response.noContent().build();
  }

  @POST
  @Path("{reference}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response close(@PathParam("reference") long reference, Closing body) {
    brokering.close(reference, body.outcome(), body.sharedContact());
    return Response.noContent().build();
  }
}
