package uk.contactpoint.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.TooLargeException;

class FeedEnvelopeTest {

  private static InputStream text(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachRecordIsKeptAsItsOwnJsonText() {
    FeedEnvelope.Batch batch =
        FeedEnvelope.read(
            text(
                "{\"records\":[{\"recordId\":\"a\",\"name\":{\"given\":\"Ava\"}}, 7, \"x\"],\"batchId\":\"b-1\"}"));
    assertEquals("b-1", batch.batchId());
    assertEquals(
        List.of("{\"recordId\":\"a\",\"name\":{\"given\":\"Ava\"}}", "7", "\"x\""),
        batch.records());
  }

  @Test
  void aBatchOfExactlyTheLimitIsRead() {
    String body =
        "{\"batchId\":\"b\",\"records\":[{}" + ",{}".repeat(FeedBatch.MAX_RECORDS - 1) + "]}";
    assertEquals(FeedBatch.MAX_RECORDS, FeedEnvelope.read(text(body)).records().size());
  }

  /** The body never ends: only a reader that stops at the first record too many returns at all. */
  @Test
  void aBatchIsRefusedAtItsFirstRecordTooManyWithoutReadingOn() {
    InputStream endless =
        new SequenceInputStream(
            text("{\"batchId\":\"b\",\"records\":[{}"),
            new InputStream() {
              private final byte[] more = ",{}".getBytes(StandardCharsets.UTF_8);
              private long at;

              @Override
              public int read() throws IOException {
                return more[(int) (at++ % more.length)];
              }
            });
    assertThrows(TooLargeException.class, () -> FeedEnvelope.read(endless));
  }

  @Test
  void everyFaultOfTheEnvelopeIsNamed() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                FeedEnvelope.read(
                    text("{\"note\":{\"a\":[1]},\"batchId\":3,\"records\":{},\"extra\":[[]]}")));
    assertEquals(
        List.of("extra", "note", "batchId", "records"),
        refused.errors().stream().map(e -> e.field()).toList());
    assertEquals(400, refused.status());
  }

  @Test
  void whatIsNotAJsonObjectIsMalformed() {
    for (String body :
        List.of("", "[]", "{\"batchId\":\"b\"", "{} {}", "nonsense", "[".repeat(5000))) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> FeedEnvelope.read(text(body)), body);
      assertEquals(400, refused.status());
    }
  }
}
