package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * User administration under {@code /api/v1/admin}; the EJBs decide who may do what. Source systems'
 * keys are the feeds' SourceKeyResource.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  public record Clearance(LocalDate vettedOn, LocalDate trainedOn, LocalDate agreementSignedOn) {}

  @EJB AccountAdministration administration;

  @GET
  @Path("accounts")
  public List<AccountSummary> list() {
    return administration.list();
  }

  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(NewAccount body) {
    return Response.status(Response.Status.CREATED).entity(administration.open(body)).build();
  }

  @GET
  @Path("accounts/{username}")
  public AccountSummary get(@PathParam("username") String username) {
    return administration.get(username);
  }

  @POST
  @Path("accounts/{username}/disable")
  public AccountSummary disable(@PathParam("username") String username) {
    return administration.disable(username);
  }

  @POST
  @Path("accounts/{username}/enable")
  public AccountSummary enable(@PathParam("username") String username) {
    return administration.enable(username);
  }

  @POST
  @Path("accounts/{username}/unlock")
  public AccountSummary unlock(@PathParam("username") String username) {
    return administration.unlock(username);
  }

  @POST
  @Path("accounts/{username}/reset-token")
  public IssuedCode resetToken(@PathParam("username") String username) {
    return administration.resetToken(username);
  }

  @POST
  @Path("accounts/{username}/clearance")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountSummary clearance(@PathParam("username") String username, Clearance body) {
    return administration.recordClearance(
        username, body.vettedOn(), body.trainedOn(), body.agreementSignedOn());
  }
}
