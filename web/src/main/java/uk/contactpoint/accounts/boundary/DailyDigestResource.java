package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * {@code PUT /api/v1/me/daily-digest} with {@code {"daily": true}}: the caller asks for the daily
 * e-mail counting the changes on the children they work with (it names none), or stops it.
 */
@Path("me/daily-digest")
public class DailyDigestResource {

  public record Choice(Boolean daily) {}

  @EJB MyAccount myAccount;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response choose(Choice body) {
    if (body.daily() == null) {
      // Never read as "no": a body that leaves it out changes nothing.
      throw InvalidInputException.invalid(
          "daily", "is required: true to receive the daily e-mail, false to stop it");
    }
    myAccount.askForDailyDigest(body.daily());
    return Response.noContent().build();
  }
}
