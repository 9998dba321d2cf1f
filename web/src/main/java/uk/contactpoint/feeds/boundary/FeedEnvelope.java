package uk.contactpoint.feeds.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.TooLargeException;

/**
 * A JSON batch ({@code {batchId, records}}) read as it streams: each record is taken as its own
 * JSON text and counted as it comes, so a batch past {@link FeedBatch#MAX_RECORDS} is refused (413)
 * at its first record too many, without reading, building or counting the rest (once, a body of a
 * million empty records was parsed whole before the count was checked). Every other fault is named
 * as before: a field outside the envelope, a missing or mistyped {@code batchId} or {@code
 * records}.
 */
final class FeedEnvelope {

  record Batch(String batchId, List<String> records) {}

  private FeedEnvelope() {}

  static Batch read(InputStream body) {
    try (JsonParser parser = JSON.createParser(body)) {
      return read(parser);
    } catch (ContactPointException refused) {
      throw refused;
    } catch (RuntimeException e) {
      // Not JSON, not an object, or (Parsson's bare RuntimeException) nested past the depth limit.
      throw InvalidInputException.malformed(
          List.of(new FieldError("", "The body is not a JSON object")));
    }
  }

  private static Batch read(JsonParser parser) {
    if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
      throw new IllegalStateException("not an object");
    }
    String batchId = null;
    boolean batchIdWrong = false;
    List<String> records = null;
    TreeSet<String> unknown = new TreeSet<>();
    JsonParser.Event event;
    while ((event = parser.next()) != JsonParser.Event.END_OBJECT) {
      if (event != JsonParser.Event.KEY_NAME) {
        throw new IllegalStateException("not an object");
      }
      String key = parser.getString();
      JsonParser.Event value = parser.next();
      if (key.equals("records") && value == JsonParser.Event.START_ARRAY) {
        records = records(parser);
      } else if (key.equals("batchId") && value == JsonParser.Event.VALUE_STRING) {
        batchId = parser.getString();
      } else {
        skip(parser, value);
        if (key.equals("batchId")) {
          batchIdWrong = true;
        } else if (key.equals("records")) {
          records = null;
        } else {
          unknown.add(key);
        }
      }
    }
    if (parser.hasNext()) {
      throw new IllegalStateException("more after the object");
    }
    List<FieldError> errors = new ArrayList<>();
    unknown.forEach(
        key -> errors.add(new FieldError(key, "is not a field that ContactPoint accepts here")));
    if (batchId == null || batchIdWrong) {
      errors.add(new FieldError("batchId", "is required, as text"));
    }
    if (records == null) {
      errors.add(new FieldError("records", "is required, as a list of records"));
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.malformed(errors);
    }
    return new Batch(batchId, records);
  }

  /** The records, each as its own JSON text; refused at the first one past the limit. */
  private static List<String> records(JsonParser parser) {
    List<String> records = new ArrayList<>();
    JsonParser.Event event;
    while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
      if (records.size() == FeedBatch.MAX_RECORDS) {
        throw new TooLargeException(
            "A batch holds at most "
                + FeedBatch.MAX_RECORDS
                + " records; this one has more."
                + " Send it as several batches.");
      }
      records.add(value(parser, event));
    }
    return records;
  }

  private static String value(JsonParser parser, JsonParser.Event event) {
    return switch (event) {
      case START_OBJECT, START_ARRAY, VALUE_STRING, VALUE_NUMBER -> parser.getValue().toString();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> throw new IllegalStateException("unexpected " + event);
    };
  }

  private static void skip(JsonParser parser, JsonParser.Event event) {
    if (event == JsonParser.Event.START_OBJECT) {
      parser.skipObject();
    } else if (event == JsonParser.Event.START_ARRAY) {
      parser.skipArray();
    }
  }
}
