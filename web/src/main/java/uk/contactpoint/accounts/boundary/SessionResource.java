package uk.contactpoint.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.NotAuthenticatedException;

/**
 * {@code POST /api/v1/session} logs in with four factors; {@code DELETE} logs out. Open without
 * login.
 */
@Path("session")
public class SessionResource {

  @Inject Logins logins;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public SessionInfo login(SessionRequest body) {
    SessionRequest factors = body == null ? new SessionRequest(null, null, null, null) : body;
    LoginResult result =
        logins.login(
            request,
            response,
            new FourFactorCredential(
                factors.username(), factors.password(), factors.pin(), factors.code()));
    return switch (result.outcome()) {
      case SUCCEEDED -> logins.describe(request);
      case NOT_CLEARED -> throw new ForbiddenException(result.message());
      case RATE_LIMITED -> throw new TooManyAttempts(result.message());
      case REFUSED -> throw new NotAuthenticatedException(result.message());
    };
  }

  @DELETE
  public Response logout() {
    logins.logout(request);
    return Response.noContent().build();
  }

  /** 429: the rate limit, not a wrong factor. */
  static class TooManyAttempts extends ContactPointException {
    TooManyAttempts(String message) {
      super(message);
    }

    @Override
    public int status() {
      return 429;
    }

    @Override
    public String title() {
      return "Too many attempts";
    }
  }
}
