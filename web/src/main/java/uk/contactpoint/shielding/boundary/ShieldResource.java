package uk.contactpoint.shielding.boundary;

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
import java.util.Map;
import uk.contactpoint.shielding.entity.ShieldCriterion;

/**
 * {@code /api/v1/manage/…}: the shielding duty's acts — shield, lift, the reviews due, the queue of
 * practitioners' requests and their decisions, who may override a shield. The EJBs check the duty
 * and the section.
 */
@Path("manage")
@Produces(MediaType.APPLICATION_JSON)
public class ShieldResource {

  public record NewShield(ShieldCriterion criterion, String reason, LocalDate reviewOn) {}

  public record Removal(String reason) {}

  public record Decision(Boolean approve, ShieldCriterion criterion, String note) {}

  @EJB Shields shields;
  @EJB OverrideRights overrideRights;

  @POST
  @Path("children/{id}/shield")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response shield(@PathParam("id") String childId, NewShield body) {
    long id = shields.shield(childId, body.criterion(), body.reason(), body.reviewOn());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  /** The child lives under a new identity: matching never links the old one to it. */
  @POST
  @Path("children/{id}/new-identity")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response markNewIdentity(@PathParam("id") String childId, Removal body) {
    shields.markNewIdentity(childId, body.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("children/{id}/shield/removal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response unshield(@PathParam("id") String childId, Removal body) {
    shields.unshield(childId, body.reason());
    return Response.noContent().build();
  }

  /**
   * Proposes the override right for a user of the section: 202 with the proposal, which waits for a
   * different member of the shielding duty to confirm it (DESIGN.md rule 5).
   */
  @POST
  @Path("accounts/{username}/override-right")
  public Response proposeOverride(@PathParam("username") String username) {
    return Response.accepted(overrideRights.propose(username)).build();
  }

  @POST
  @Path("accounts/{username}/override-right/confirmation")
  public Response confirmOverride(@PathParam("username") String username) {
    overrideRights.confirm(username);
    return Response.noContent().build();
  }

  /** Another member refuses the waiting proposal; its proposer withdraws it the same way. */
  @POST
  @Path("accounts/{username}/override-right/refusal")
  public Response refuseOverride(@PathParam("username") String username) {
    overrideRights.refuse(username);
    return Response.noContent().build();
  }

  @POST
  @Path("accounts/{username}/override-right/revocation")
  public Response revokeOverride(@PathParam("username") String username) {
    overrideRights.revoke(username);
    return Response.noContent().build();
  }

  @GET
  @Path("override-right-proposals")
  public List<OverrideProposalView> overrideProposals() {
    return overrideRights.pendingProposals();
  }

  @GET
  @Path("override-right-holders")
  public List<OverrideHolder> overrideHolders() {
    return overrideRights.holders();
  }

  @POST
  @Path("children/{id}/carers/{carerId}/shield")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response shieldCarer(
      @PathParam("id") String childId, @PathParam("carerId") long carerId, NewShield body) {
    long id =
        shields.shieldCarer(childId, carerId, body.criterion(), body.reason(), body.reviewOn());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  @POST
  @Path("children/{id}/carers/{carerId}/shield/removal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response unshieldCarer(
      @PathParam("id") String childId, @PathParam("carerId") long carerId, Removal body) {
    shields.unshieldCarer(childId, carerId, body.reason());
    return Response.noContent().build();
  }

  @GET
  @Path("shield-reviews")
  public List<ShieldView> reviewsDue() {
    return shields.reviewsDue();
  }

  @GET
  @Path("shield-requests")
  public List<ShieldRequestView> requests() {
    return shields.pendingRequests();
  }

  @POST
  @Path("shield-requests/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("id") long requestId, Decision body) {
    if (body.approve() == null) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "approve", "Say whether the shield is agreed");
    }
    shields.decide(requestId, body.approve(), body.criterion(), body.note());
    return Response.noContent().build();
  }
}
