package uk.contactpoint.feeds.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.contactpoint.feeds.control.FeedCsv;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.TooLargeException;

/**
 * {@code /api/v1/feeds/{source}/batches}: a source system sends a batch as JSON
 * ({@code {batchId, records}}) or as CSV (one flat row per child, the batch id as the query
 * parameter {@code batchId}: an id, never personal data). 202 with the batch's status; the
 * report at {@code GET …/{batchId}}.
 */
@Path("feeds/{source}/batches")
public class FeedResource {

  @EJB Feeds feeds;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(@PathParam("source") String source, String body) {
    JsonObject envelope;
    try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
      envelope = reader.readObject();
    } catch (RuntimeException e) {
      // Also Parsson's bare RuntimeException for a body nested past its depth limit.
      throw InvalidInputException.malformed(List.of(new FieldError("", "The body is not a JSON object")));
    }
    List<FieldError> errors = new ArrayList<>();
    envelope.keySet().stream().filter(key -> !key.equals("batchId") && !key.equals("records")).sorted()
        .forEach(key -> errors.add(new FieldError(key, "is not a field that ContactPoint accepts here")));
    if (!(envelope.get("batchId") instanceof JsonString)) {
      errors.add(new FieldError("batchId", "is required, as text"));
    }
    if (!(envelope.get("records") instanceof JsonArray)) {
      errors.add(new FieldError("records", "is required, as a list of records"));
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.malformed(errors);
    }
    JsonArray records = envelope.getJsonArray("records");
    if (records.size() > FeedBatch.MAX_RECORDS) {
      throw new TooLargeException("A batch holds at most " + FeedBatch.MAX_RECORDS + " records; this one has " + records.size()
          + ". Send it as several batches.");
    }
    // Each record goes on as its own JSON text: it is bound and checked when it is applied, on its own.
    List<String> texts = records.stream().map(JsonValue::toString).toList();
    return accepted(feeds.receive(source, envelope.getString("batchId"), texts));
  }

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  public Response receiveCsv(@PathParam("source") String source, @QueryParam("batchId") String batchId, String body) {
    return accepted(feeds.receive(source, batchId, FeedCsv.records(body)));
  }

  @GET
  @Path("{batchId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Feeds.BatchReport report(@PathParam("source") String source, @PathParam("batchId") String batchId) {
    return feeds.report(source, batchId);
  }

  private static Response accepted(Feeds.BatchReport report) {
    return Response.accepted(Map.of("batchId", report.batchId(), "status", report.status(), "counts", report.counts())).build();
  }
}
