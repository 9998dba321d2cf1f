package uk.contactpoint.auditreview.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/printouts {reference, page}}: the browser reports a print as it starts; 204.
 */
@Path("printouts")
public class PrintoutResource {

  public record Printout(String reference, String page) {}

  @EJB Printouts printouts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public void printed(Printout body) {
    Printout printout = body == null ? new Printout(null, null) : body;
    printouts.printed(printout.reference(), printout.page());
  }
}
