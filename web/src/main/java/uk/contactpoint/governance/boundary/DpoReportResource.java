package uk.contactpoint.governance.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.governance.control.Access;
import uk.contactpoint.governance.control.RegisterEntry;
import uk.contactpoint.governance.control.Retention;

/**
 * {@code /api/v1/audit/reports}: the data protection officer's reports. The user and the period
 * travel in the body, never in the address.
 */
@Path("audit/reports")
@Produces(MediaType.APPLICATION_JSON)
public class DpoReportResource {

  public record Period(String username, LocalDate from, LocalDate to) {}

  public record Export(DpoReports.Report report, String username, LocalDate from, LocalDate to) {}

  @EJB DpoReports reports;

  /** Breach scoping: every record the user opened in the period, with the reasons. */
  @POST
  @Path("accesses-by-user")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<Access> accessesBy(Period body) {
    Period period = body == null ? new Period(null, null, null) : body;
    return reports.accessesBy(period.username(), period.from(), period.to());
  }

  @POST
  @Path("privileged-access")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<Access> privilegedAccess(Period body) {
    Period period = body == null ? new Period(null, null, null) : body;
    return reports.privilegedAccess(period.from(), period.to());
  }

  @GET
  @Path("retention")
  public Retention retention() {
    return reports.retention();
  }

  /** The subject access, corrections and complaints registers with their deadlines. */
  @GET
  @Path("registers")
  public List<RegisterEntry> registers() {
    return reports.registers();
  }

  @POST
  @Path("exports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("text/csv")
  public Response export(Export body) {
    Export export = body == null ? new Export(null, null, null, null) : body;
    return Response.ok(
            reports.exportCsv(export.report(), export.username(), export.from(), export.to()),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"contactpoint-report.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
