package uk.contactpoint.auditreview.boundary;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.contactpoint.audit.control.VerificationReport;
import uk.contactpoint.audit.entity.Investigation;
import uk.contactpoint.auditreview.control.AuditQuery;

/**
 * {@code /api/v1/audit/…}: reading the trail, proving it unaltered, and handling alerts through
 * investigations. Queries travel in request bodies (they name people); the EJBs decide who may ask
 * and audit every question.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** A question to the trail; every field optional. */
  public record Query(
      String username,
      String childId,
      String action,
      LocalDate from,
      LocalDate to,
      ReviewPurpose purpose,
      String purposeNote) {
    AuditQuery checked(LocalDate today) {
      return AuditQuery.of(username, childId, action, from, to, today);
    }
  }

  public record Dismissal(String reason) {}

  public record Opening(Long alertId) {}

  public record Closure(Investigation.Outcome outcome, String note) {}

  @EJB AuditReview review;
  @EJB AuditVerification verification;
  @EJB Investigations investigations;
  @Inject Clock clock;

  @POST
  @Path("searches")
  @Consumes(MediaType.APPLICATION_JSON)
  public AuditResults search(Query query) {
    // With a purpose, values about shielded children and sensitive services are shown: audited and
    // alerted.
    return query.purpose() == null && query.purposeNote() == null
        ? review.search(query.checked(LocalDate.now(clock)))
        : review.searchWithPurpose(
            query.checked(LocalDate.now(clock)), query.purpose(), query.purposeNote());
  }

  @POST
  @Path("exports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("text/csv")
  public Response export(Query query) {
    return Response.ok(
            review.exportCsv(query.checked(LocalDate.now(clock))), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"contactpoint-audit.csv\"")
        .build();
  }

  @GET
  @Path("children/{id}/accesses")
  public List<RecordLook> whoLooked(@PathParam("id") String childId) {
    return review.whoLooked(childId);
  }

  /** The verification's answer: intact or not, the first broken link, and each chain's result. */
  public record Verification(
      boolean intact,
      long entriesVerified,
      String firstBrokenLink,
      java.time.Instant startedAt,
      java.time.Instant finishedAt,
      List<VerificationReport.ChainResult> chains) {}

  @POST
  @Path("verifications")
  public Verification verify() {
    VerificationReport report = verification.verify();
    return new Verification(
        report.intact(),
        report.entriesVerified(),
        report.firstBroken().map(VerificationReport.BrokenLink::problem).orElse(null),
        report.startedAt(),
        report.finishedAt(),
        report.chains());
  }

  @GET
  @Path("write-timings")
  public uk.contactpoint.audit.control.AuditWriteTimings.Summary writeTimings() {
    return verification.writeTimings();
  }

  @GET
  @Path("alerts")
  public List<AlertView> alerts() {
    return investigations.openAlerts();
  }

  @POST
  @Path("alerts/{id}/dismissal")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response dismiss(@PathParam("id") long alertId, Dismissal body) {
    investigations.dismiss(alertId, body.reason());
    return Response.noContent().build();
  }

  @GET
  @Path("investigations")
  public List<InvestigationView> investigations() {
    return investigations.investigations();
  }

  @POST
  @Path("investigations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(Opening body) {
    if (body.alertId() == null) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "alertId", "Name the alert to investigate");
    }
    long id = investigations.open(body.alertId());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  @POST
  @Path("investigations/{id}/suspension")
  public Response suspend(@PathParam("id") long investigationId) {
    investigations.suspendAccount(investigationId);
    return Response.noContent().build();
  }

  @POST
  @Path("investigations/{id}/manager-notification")
  public Map<String, Integer> notifyManager(@PathParam("id") long investigationId) {
    return Map.of("notified", investigations.notifyManager(investigationId));
  }

  @POST
  @Path("investigations/{id}/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response close(@PathParam("id") long investigationId, Closure body) {
    investigations.close(investigationId, body.outcome(), body.note());
    return Response.noContent().build();
  }
}
