package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/**
 * A JSON feed batch is counted while it is read and refused at its 10,001st record, not after
 * building and counting a million; the streamed reading still names every fault of the envelope.
 */
@ExtendWith(ArquillianExtension.class)
class FloodIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(FloodIT.class);
  }

  @EJB TestRecords records;

  private final Random random = new Random();

  private String letters(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  @Test
  void aJsonBatchIsCountedWhileItIsReadAndRefusedAtTheRecordLimit() {
    String source = "FLOOD-" + letters(6).toUpperCase(Locale.ROOT);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    Api feed =
        new Api()
            .withBearer(
                admin
                    .post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + source + "\"}")
                    .json()
                    .getString("key"));
    StringBuilder body = new StringBuilder("{\"batchId\":\"many\",\"records\":[{}");
    body.append(",{}".repeat(999_999));
    body.append("]}");
    Api.Answer answer = feed.post("/api/v1/feeds/" + source + "/batches", body.toString());
    assertEquals(413, answer.status(), answer.body());
    assertFalse(
        answer.body().contains("1000000"),
        "reading stopped at the limit, so it never counted them all: " + answer.body());
    assertEquals(
        0L,
        ((Number) records.scalar("SELECT COUNT(*) FROM feed_batch WHERE source_code = ?", source))
            .longValue());
  }

  @Test
  void aStreamedBatchStillNamesEveryBadField() {
    String source = "FLOOD-" + letters(6).toUpperCase(Locale.ROOT);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    Api feed =
        new Api()
            .withBearer(
                admin
                    .post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + source + "\"}")
                    .json()
                    .getString("key"));
    Api.Answer unknown =
        feed.post(
            "/api/v1/feeds/" + source + "/batches",
            "{\"batchId\":\"one\",\"records\":[],\"note\":{\"a\":[1]}}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("\"field\":\"note\""), unknown.body());
    Api.Answer notAList = feed.post("/api/v1/feeds/" + source + "/batches", "{\"records\":{}}");
    assertEquals(400, notAList.status(), notAList.body());
    assertTrue(
        notAList.body().contains("\"field\":\"records\"")
            && notAList.body().contains("\"field\":\"batchId\""),
        notAList.body());
  }
}
