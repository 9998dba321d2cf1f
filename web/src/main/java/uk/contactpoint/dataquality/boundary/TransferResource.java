package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/manage/transfers}: children moved into or out of the section. */
@Path("manage/transfers")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

  @EJB Transfers transfers;

  @GET
  public List<Transfers.Transfer> transfers() {
    return transfers.transfers();
  }
}
