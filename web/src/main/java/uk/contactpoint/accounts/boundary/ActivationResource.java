package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Account activation, open without login: {@code POST /api/v1/activation} chooses password and PIN
 * and returns the token secret to enrol; {@code POST /api/v1/activation/confirm} proves the token
 * with a current code.
 */
@Path("activation")
public class ActivationResource {

  public record ChooseCredentials(
      String username, String activationCode, String password, String pin) {}

  public record ConfirmToken(String username, String activationCode, String code) {}

  @EJB Activation activation;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Enrolment choose(ChooseCredentials body) {
    return activation.chooseCredentials(
        body.username(), body.activationCode(), body.password(), body.pin());
  }

  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(ConfirmToken body) {
    activation.confirmToken(body.username(), body.activationCode(), body.code());
    return Response.noContent().build();
  }
}
