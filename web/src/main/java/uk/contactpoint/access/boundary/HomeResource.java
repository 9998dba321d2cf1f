package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.contactpoint.access.control.HomeView;

/** {@code GET /api/v1/me/home}: the children the caller works with, and what changed on them. */
@Path("me/home")
public class HomeResource {

  @EJB MyChildren myChildren;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public HomeView home() {
    return myChildren.home();
  }
}
