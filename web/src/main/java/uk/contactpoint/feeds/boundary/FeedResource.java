package uk.contactpoint.feeds.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import uk.contactpoint.feeds.control.FeedCsv;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * {@code /api/v1/feeds/{source}/batches}: a source system sends a batch as JSON ({@code {batchId,
 * records}}) or as CSV (one flat row per child, the batch id as the query parameter {@code
 * batchId}: an id, never personal data). 202 with the batch's status; the report at {@code GET
 * …/{batchId}}.
 */
@Path("feeds/{source}/batches")
public class FeedResource {

  @EJB Feeds feeds;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(@PathParam("source") String source, InputStream body) {
    // Each record goes on as its own JSON text: it is bound and checked when it is applied, on its
    // own.
    FeedEnvelope.Batch batch = FeedEnvelope.read(body);
    return accepted(feeds.receive(source, batch.batchId(), batch.records()));
  }

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  public Response receiveCsv(
      @PathParam("source") String source, @QueryParam("batchId") String batchId, String body) {
    return accepted(feeds.receive(source, batchId, FeedCsv.records(body)));
  }

  /** {@code ?page=} from 1 and {@code ?size=}: a batch's outcomes a page at a time. */
  @GET
  @Path("{batchId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Feeds.BatchReport report(
      @PathParam("source") String source,
      @PathParam("batchId") String batchId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return feeds.report(source, batchId, wholeNumber("page", page), wholeNumber("size", size));
  }

  /**
   * Read here rather than bound as an {@code int}: a parameter JAX-RS cannot convert answers 404,
   * and a source needs to be told which parameter was wrong.
   */
  private static Integer wholeNumber(String field, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException notANumber) {
      throw InvalidInputException.invalid(field, "must be a whole number");
    }
  }

  private static Response accepted(Feeds.BatchReport report) {
    return Response.accepted(
            Map.of(
                "batchId", report.batchId(), "status", report.status(), "counts", report.counts()))
        .build();
  }
}
