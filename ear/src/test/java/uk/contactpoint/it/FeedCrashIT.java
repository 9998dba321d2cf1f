package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.OwnServer;

/**
 * A server killed in the middle of a batch finishes it after restart, nothing lost and nothing
 * applied twice (rule 10: nothing a feed sends is dropped), on a server of the test's own: WildFly
 * as wildfly-config built it, the EAR in its deployments folder, ports offset by 100, demo mode for
 * its logins. The test switch CP_FEED_PAUSE_AFTER lets up to 300 records commit, then stops the
 * next set half written (its children, identifiers and audit entries flushed, not committed); the
 * test then kills the server with SIGKILL (every process of it, as {@code kill -9}), starts it
 * again without the switch, and reads the batch's report.
 */
class FeedCrashIT {

  private static final int OFFSET = 100;
  private static final String BASE = "https://localhost:" + (8443 + OFFSET);
  private static final int RECORDS = 1_000;
  private static final int PAUSE_AFTER = 300;

  private final Random random = new Random();
  private OwnServer server;

  @AfterEach
  void stopTheServer() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aServerKilledMidBatchFinishesItAfterRestartWithEveryRecordAppliedOnce() throws Exception {
    server =
        OwnServer.prepare("crash-server", OwnServer.builtEar(), OFFSET)
            .start("-Dcp.feed.pause.after=" + PAUSE_AFTER);

    String source = "CRASH-" + word(6).toUpperCase(Locale.ROOT);
    Api admin = demoLogin("admin", "admin-demo-2009", "5678", "ADMINDEMOTOKENAAAAAAAAAAAAAAAA");
    Api feed =
        Api.at(BASE)
            .withBearer(
                admin
                    .post(
                        "/api/v1/admin/source-keys",
                        "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"E08000035\"}")
                    .json()
                    .getString("key"));
    String path = "/api/v1/feeds/" + source + "/batches";
    assertEquals(
        202, feed.post(path, "{\"batchId\":\"trial\",\"records\":[" + record(0) + "]}").status());
    waitUntil(
        () -> feed.get(path + "/trial").json().getString("status").equals("done"), "the trial");
    Api manager =
        demoLogin("manager", "manager-demo-2009", "4321", "MANAGERDEMOTOKENAAAAAAAAAAAAAAAA");
    assertEquals(
        204, manager.post("/api/v1/manage/sources/" + source + "/approval", "{}").status());
    waitUntil(
        () -> feed.get(path + "/trial").json().getString("status").equals("done"),
        "the trial applied");

    List<String> records = new ArrayList<>();
    for (int i = 1; i <= RECORDS; i++) {
      records.add(record(i));
    }
    assertEquals(
        202,
        feed.post(path, "{\"batchId\":\"big\",\"records\":[" + String.join(",", records) + "]}")
            .status());
    // The batch's lanes share the budget of PAUSE_AFTER records; once it is spent each holds in
    // the middle of its next set, and a lane still applying its last granted set may wait, as
    // uncommitted, for a new-child lock bucket the held lane has. So at most PAUSE_AFTER records
    // are committed when the server is killed, and never one of a held set.
    waitUntil(
        () -> console().contains("held in the middle of a set"), "the next set held half written");
    int committed = settled(feed.get(path + "/big").json());
    assertTrue(
        committed > 0 && committed <= PAUSE_AFTER,
        committed + " settled: the held set's writes are not committed, so not seen");

    server.stop();
    server.start();
    Api again = Api.at(BASE).withBearer(feed.bearerKey());
    waitUntil(
        () -> again.get(path + "/big").json().getString("status").equals("done"),
        "the batch finished after the restart");

    JsonObject report = again.get(path + "/big").json();
    assertEquals(
        RECORDS,
        report.getJsonObject("counts").getInt("created"),
        report.getJsonObject("counts").toString());
    Set<String> children = new HashSet<>();
    report
        .getJsonArray("results")
        .forEach(r -> children.add(r.asJsonObject().getString("childId")));
    assertEquals(RECORDS, children.size(), "one child per record: none lost, none applied twice");

    // The held set had appended audit entries and moved its chain's head: none of it survived the
    // kill, and the chain the restarted server went on writing is whole.
    Api auditor =
        demoLogin("auditor", "auditor-demo-2009", "8765", "AUDITORDEMOTOKENAAAAAAAAAAAAAAAA");
    JsonObject verified = auditor.post("/api/v1/audit/verifications", "").json();
    assertTrue(verified.getBoolean("intact"), verified.toString());
  }

  private String console() {
    try {
      return server.console();
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  /**
   * A demo login; a code is accepted once, so the next steps are tried when another test used this
   * one.
   */
  private static Api demoLogin(String username, String password, String pin, String secret) {
    long step = Totp.stepAt(Instant.now());
    for (int attempt = 0; attempt < 3; attempt++) {
      Api api = Api.at(BASE);
      String code = Totp.codeAt(Base32.decode(secret), step + attempt);
      Api.Answer answer =
          api.post(
              "/api/v1/session",
              "{\"username\":\""
                  + username
                  + "\",\"password\":\""
                  + password
                  + "\",\"pin\":\""
                  + pin
                  + "\",\"code\":\""
                  + code
                  + "\"}");
      if (answer.status() == 200) {
        return api;
      }
    }
    throw new AssertionError("the demo login " + username + " was refused");
  }

  private static int settled(JsonObject report) {
    return report.getJsonObject("counts").values().stream()
        .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue())
        .sum();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("waited 180 s for " + what);
  }

  private String word(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * A child of its own: random names, birth date and postcode, so no two records resemble each
   * other.
   */
  private String record(int i) {
    String born =
        String.format(
            Locale.ROOT,
            "%d-%02d-%02d",
            2009 + random.nextInt(17),
            1 + random.nextInt(12),
            1 + random.nextInt(28));
    String postcode = "LS" + (1 + random.nextInt(28)) + " " + random.nextInt(10) + "AB";
    return "{\"recordId\":\"C-"
        + i
        + "\",\"localAuthority\":\"E08000035\",\"name\":{\"given\":\""
        + word(7)
        + "\",\"family\":\""
        + word(8)
        + "\"},\"dateOfBirth\":\""
        + born
        + "\",\"gender\":\"FEMALE\",\"address\":{\"lines\":[\""
        + (1 + random.nextInt(90))
        + " "
        + word(6)
        + " Road\"],\"town\":\"Leeds\",\"postcode\":\""
        + postcode
        + "\",\"status\":\"CURRENT\"}}";
  }
}
