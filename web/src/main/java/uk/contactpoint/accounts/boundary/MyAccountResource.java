package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET} and {@code PUT /api/v1/me/contact}: the caller's own work contact details. */
@Path("me/contact")
public class MyAccountResource {

  public record ContactChange(String phone, String email) {}

  @EJB MyAccount myAccount;

  /**
   * The caller's own work contact details, and whether they asked for the daily e-mail of changes.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public MyAccount.OwnDetails read() {
    return myAccount.ownDetails();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(ContactChange body) {
    myAccount.changeContactDetails(body.phone(), body.email());
    return Response.noContent().build();
  }
}
