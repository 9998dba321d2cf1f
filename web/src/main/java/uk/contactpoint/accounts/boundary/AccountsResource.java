package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** User administration under {@code /api/v1/admin}; the EJBs decide who may do what. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  public record Clearance(LocalDate vettedOn, LocalDate trainedOn, LocalDate agreementSignedOn) {}

  /** {@code sectionCode} registers a new source there; read for national operators only (none: national). */
  public record NewSourceKey(String sourceCode, String sectionCode) {}

  @EJB AccountAdministration administration;
  @EJB SourceKeys sourceKeys;

  @GET
  @Path("source-keys")
  public List<SourceKeys.KeySummary> sourceKeys() {
    return sourceKeys.list();
  }

  @POST
  @Path("source-keys")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issueSourceKey(NewSourceKey body) {
    return Response.status(Response.Status.CREATED).entity(sourceKeys.issue(body.sourceCode(), body.sectionCode())).build();
  }

  /** A new key for the same source, the old one revoked. */
  @POST
  @Path("source-keys/{id}/rotation")
  public Response rotateSourceKey(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED).entity(sourceKeys.rotate(id)).build();
  }

  /** The caller's section's sources with their keys (never a key itself). */
  @GET
  @Path("sources")
  public List<SourceKeys.SourceSummary> sources() {
    return sourceKeys.sources();
  }

  @DELETE
  @Path("source-keys/{id}")
  public Response revokeSourceKey(@PathParam("id") long id) {
    sourceKeys.revoke(id);
    return Response.noContent().build();
  }

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
    return administration.recordClearance(username, body.vettedOn(), body.trainedOn(), body.agreementSignedOn());
  }
}
