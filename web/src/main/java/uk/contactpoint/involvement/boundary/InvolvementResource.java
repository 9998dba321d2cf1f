package uk.contactpoint.involvement.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;

/** The caller's own involvement with a child, and the CAF they hold (API.md). */
@Path("children/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvolvementResource {

  public record NewInvolvement(
      String role,
      LocalDate startDate,
      Boolean leadProfessional,
      Boolean takeOverLead,
      uk.contactpoint.involvement.entity.ConsentBasis consentBasis,
      String consentNote) {}

  public record Ending(LocalDate endDate) {}

  /**
   * {@code takeOverLead}: the caller agreed with the current lead professional to take over (they
   * are told).
   */
  public record LeadClaim(Boolean takeOverLead) {}

  /**
   * {@code takeOver}: the caller takes over a CAF recorded as held by someone else (they are told).
   */
  public record CafRecord(Boolean exists, Boolean takeOver) {}

  @EJB Involvements involvements;

  @POST
  @Path("involvements")
  public Response add(@PathParam("id") String childId, NewInvolvement body) {
    long id =
        involvements.add(
            childId,
            body.role(),
            body.startDate(),
            Boolean.TRUE.equals(body.leadProfessional()),
            Boolean.TRUE.equals(body.takeOverLead()),
            body.consentBasis(),
            body.consentNote());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  /**
   * The young person (or parent) withdrew consent: the sensitive service's involvement is removed.
   */
  @POST
  @Path("involvements/{involvementId}/consent-withdrawal")
  public Response withdrawConsent(
      @PathParam("id") String childId, @PathParam("involvementId") long involvementId) {
    involvements.withdrawConsent(childId, involvementId);
    return Response.noContent().build();
  }

  /**
   * The caller becomes the lead professional on their own involvement; taking it from someone else
   * needs the agreed take-over.
   */
  @POST
  @Path("involvements/{involvementId}/lead")
  public Response takeLead(
      @PathParam("id") String childId,
      @PathParam("involvementId") long involvementId,
      LeadClaim body) {
    involvements.takeLead(childId, involvementId, Boolean.TRUE.equals(body.takeOverLead()));
    return Response.noContent().build();
  }

  @POST
  @Path("involvements/{involvementId}/end")
  public Response end(
      @PathParam("id") String childId,
      @PathParam("involvementId") long involvementId,
      Ending body) {
    involvements.end(childId, involvementId, body.endDate());
    return Response.ok(Map.of("id", involvementId, "endDate", body.endDate().toString())).build();
  }

  @POST
  @Path("caf")
  public Response caf(@PathParam("id") String childId, CafRecord body) {
    if (!Boolean.TRUE.equals(body.exists())) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "exists", "Record a CAF with {\"exists\": true}");
    }
    involvements.recordCaf(childId, Boolean.TRUE.equals(body.takeOver()));
    return Response.status(Response.Status.CREATED).build();
  }
}
