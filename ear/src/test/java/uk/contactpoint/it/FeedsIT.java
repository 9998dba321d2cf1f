package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/**
 * The feed API (rule 10) in the real server: batches stored and applied on the executor, every
 * record's outcome reported; bad records rejected with their fields while the good ones apply;
 * replays and conflicts; a source confined to its own feed; shielded children held for their team;
 * moves; and a batch a stopped server left finished with nothing applied twice.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(FeedsIT.class);
  }

  @EJB TestRecords records;

  private String source;
  private Api feed;
  private String section;
  private String family;
  private final Random random = new Random();

  private String letters(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  @BeforeEach
  void aSourceWithItsKeyAndASectionOfItsOwn() {
    section = "E07" + (100000 + random.nextInt(899999));
    // The section exists once a child of it does.
    records.create(
        ChildSpec.named("Anchor", "Anchor" + letters(6), LocalDate.now().minusYears(3))
            .inSection(section));
    source = "FEED-" + letters(6).toUpperCase(Locale.ROOT);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    // The operator registers the source to the section: its team approves it and sees its figures.
    Api.Answer issued =
        admin.post(
            "/api/v1/admin/source-keys",
            "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"" + section + "\"}");
    assertEquals(201, issued.status(), issued.body());
    feed = new Api().withBearer(issued.json().getString("key"));
    family = Character.toUpperCase(letters(1).charAt(0)) + letters(8);
    goLive("Trial");
  }

  /**
   * The go-live gate: a trial batch, matched not applied; the data-quality team approves the
   * source.
   */
  private void goLive(String trialName) {
    // A family of the trial's own: a second trial child of the test's family at the same address,
    // born a digit apart from the first, is rightly held for review, and the trial then settles 0
    // %.
    String trialFamily = given(trialName + " family");
    send(
        "trial",
        record("T-1", given(trialName), bornYearsAgo(9), "LS21 2TT", "")
            .replace("\"family\":\"" + family + "\"", "\"family\":\"" + trialFamily + "\""));
    JsonObject trial = doneReport("trial");
    assertTrue(trial.getBoolean("trial"), trial.toString());
    assertEquals(0, children(trialFamily, given(trialName)), "a trial applies nothing");
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    Api.Answer approved = team.post("/api/v1/manage/sources/" + source + "/approval", "{}");
    assertEquals(204, approved.status(), approved.body());
    doneReport("trial");
    assertEquals(
        1, children(trialFamily, given(trialName)), "approved, the trial is applied for real");
  }

  /**
   * Another source of the test's section, registered and live; sends and reports go to it from now
   * on.
   */
  private void switchToANewSource() {
    source = "FEED-" + letters(6).toUpperCase(Locale.ROOT);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    Api.Answer issued =
        admin.post(
            "/api/v1/admin/source-keys",
            "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"" + section + "\"}");
    assertEquals(201, issued.status(), issued.body());
    feed = new Api().withBearer(issued.json().getString("key"));
    goLive("Trial " + source);
  }

  private final java.util.Map<String, String> givenNames = new java.util.HashMap<>();

  /**
   * A given name of this test only, one random word per part: the database outlives a run, and
   * another run's Poppy born the same day, or a Poppy and a Wren of this test sharing letters,
   * would rightly be candidates.
   */
  private String given(String part) {
    return givenNames.computeIfAbsent(
        part,
        p -> {
          String word = letters(8);
          return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        });
  }

  private final java.util.Set<LocalDate> birthdays = new java.util.HashSet<>();

  /**
   * A birthday no other child of this test has: two children of the test's family born the same day
   * in the same postcode district are rightly held for review (the go-live trial's child too),
   * which a test about something else must not meet by chance.
   */
  private LocalDate bornYearsAgo(int years) {
    while (true) {
      LocalDate born = LocalDate.now().minusYears(years).minusDays(random.nextInt(300));
      if (birthdays.add(born)) {
        return born;
      }
    }
  }

  /** An NHS number of this test only. */
  private String nhsNumber() {
    while (true) {
      String stem = "9" + (10000000 + random.nextInt(89999999));
      for (int check = 0; check < 10; check++) {
        if (uk.contactpoint.child.entity.NhsNumber.isValid(stem + check)) {
          return stem + check;
        }
      }
    }
  }

  private String record(
      String recordId, String given, LocalDate born, String postcode, String extra) {
    return "{\"recordId\":\""
        + recordId
        + "\",\"localAuthority\":\""
        + section
        + "\",\"name\":{\"given\":\""
        + given
        + "\",\"family\":\""
        + family
        + "\"},\"dateOfBirth\":\""
        + born
        + "\",\"gender\":\"FEMALE\",\"address\":{\"lines\":[\"3 Feed Street\"],"
        + "\"town\":\"Otley\",\"postcode\":\""
        + postcode
        + "\",\"status\":\"CURRENT\"}"
        + extra
        + "}";
  }

  /** The record with a family name of its own instead of the test's. */
  private String withFamily(String recordJson, String familyName) {
    return recordJson.replace("\"family\":\"" + family + "\"", "\"family\":\"" + familyName + "\"");
  }

  private Api.Answer send(String batchId, String... recordsJson) {
    return feed.post(
        "/api/v1/feeds/" + source + "/batches",
        "{\"batchId\":\"" + batchId + "\",\"records\":[" + String.join(",", recordsJson) + "]}");
  }

  /** The batch's report once every record has its outcome. */
  private JsonObject doneReport(String batchId) {
    String last = null;
    for (int i = 0; i < 300; i++) {
      Api.Answer report = feed.get("/api/v1/feeds/" + source + "/batches/" + batchId);
      assertEquals(200, report.status(), report.body());
      if (report.json().getString("status").equals("done")) {
        return report.json();
      }
      last = report.body();
      sleep(200);
    }
    // The batch's own row as well as its report, to tell a stuck worker from a report that reads
    // wrong.
    throw new AssertionError(
        "batch "
            + batchId
            + " of "
            + source
            + " not done in 60 s; last report "
            + last
            + "; its row: "
            + records
                .rows(
                    "SELECT id, status, trial, finished_at FROM feed_batch WHERE source_code = ? AND batch_ref = ?",
                    source,
                    batchId)
                .stream()
                .map(java.util.Arrays::toString)
                .toList());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonObject result(JsonObject report, String recordId) {
    return report.getJsonArray("results").stream()
        .map(v -> v.asJsonObject())
        .filter(r -> recordId.equals(r.getString("recordId", null)))
        .findFirst()
        .orElseThrow();
  }

  private long children(String given) {
    return children(family, given);
  }

  private long children(String familyName, String given) {
    return ((Number)
            records.scalar(
                "SELECT COUNT(*) FROM child WHERE family_name = ? AND given_names = ?",
                familyName,
                given))
        .longValue();
  }

  @Test
  void theGoodRecordsOfABatchApplyAndEveryBadOneIsReportedWithItsFields() {
    LocalDate born = bornYearsAgo(8);
    String existing =
        records.create(
            ChildSpec.named(given("Maisie"), family, born)
                .withPostcode("LS21 1AB", "Otley")
                .inSection(section));
    Api.Answer accepted =
        send(
            "b1",
            record("R-1", given("Poppy"), born.minusYears(2), "LS21 3CD", ""),
            record(
                "R-2",
                given("Maisie"),
                born,
                "LS21 9ZZ",
                ",\"nhsNumber\":\"9434765918\",\"assessment\":\"private notes\""),
            record("R-3", given("Maisie"), born, "LS21 9ZZ", ""),
            "{\"recordId\":\"R-4\"}");
    assertEquals(202, accepted.status(), accepted.body());

    JsonObject report = doneReport("b1");
    JsonObject counts = report.getJsonObject("counts");
    assertEquals(
        1,
        counts.getInt("created"),
        report
            + " "
            + records
                .rows(
                    "SELECT m.reason, m.candidates FROM match_case m JOIN feed_record r ON r.id = m.feed_record_id WHERE r.record_ref = 'R-1'"
                        + " ORDER BY m.id DESC")
                .stream()
                .map(java.util.Arrays::toString)
                .toList());
    assertEquals(1, counts.getInt("updated"), report.toString());
    assertEquals(2, counts.getInt("rejected"), report.toString());
    assertEquals("created", result(report, "R-1").getString("outcome"));
    assertEquals(1, children(given("Poppy")));
    JsonArray errors = result(report, "R-2").getJsonArray("errors");
    assertTrue(errors.toString().contains("assessment: is not a field"), errors.toString());
    assertEquals("updated", result(report, "R-3").getString("outcome"));
    assertEquals(
        existing,
        result(report, "R-3").getString("childId"),
        "linked to the child held, not a duplicate");
    assertEquals(
        "LS21 9ZZ",
        records.scalar("SELECT postcode FROM child WHERE public_id = ?", existing),
        "the newest address wins");
    assertEquals(1, children(given("Maisie")));
    String rejected = result(report, "R-4").getJsonArray("errors").toString();
    assertTrue(
        rejected.contains("dateOfBirth")
            && rejected.contains("name")
            && rejected.contains("localAuthority"),
        rejected);
    assertEquals(
        0,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child WHERE family_name = ? AND given_names = 'private notes'",
                    family))
            .intValue());

    // Sent again, unchanged: nothing changes. With other records under the same id: a conflict.
    assertEquals(
        202,
        send(
                "b1",
                record("R-1", given("Poppy"), born.minusYears(2), "LS21 3CD", ""),
                record(
                    "R-2",
                    given("Maisie"),
                    born,
                    "LS21 9ZZ",
                    ",\"nhsNumber\":\"9434765918\",\"assessment\":\"private notes\""),
                record("R-3", given("Maisie"), born, "LS21 9ZZ", ""),
                "{\"recordId\":\"R-4\"}")
            .status());
    assertEquals(
        409,
        send("b1", record("R-1", given("Poppy"), born.minusYears(2), "LS21 4EF", "")).status());
    sleep(500);
    assertEquals(1, children(given("Poppy")));

    // The same child from the same source again, nothing new: matched on the source's own id.
    send("b2", record("R-1", given("Poppy"), born.minusYears(2), "LS21 3CD", ""));
    assertEquals("matched", result(doneReport("b2"), "R-1").getString("outcome"));
  }

  /**
   * A batch's records are matched a set at a time; one about a child an earlier record of the same
   * set creates is matched again after it, so it finds that child rather than making a second.
   */
  @Test
  void aRecordFindsTheChildAnEarlierRecordOfItsSetCreated() {
    LocalDate born = bornYearsAgo(6);
    send(
        "b-order",
        record("R-10", given("Nia"), born, "LS22 6AB", ""),
        record("R-11", given("Omar"), born.minusYears(3), "LS22 6CD", ""),
        record("R-12", given("Nia"), born, "LS22 6AB", ""));
    JsonObject report = doneReport("b-order");
    assertEquals("created", result(report, "R-10").getString("outcome"), report.toString());
    assertEquals("created", result(report, "R-11").getString("outcome"), report.toString());
    assertEquals(
        result(report, "R-10").getString("childId"),
        result(report, "R-12").getString("childId"),
        report.toString());
    assertEquals(1, children(given("Nia")));
  }

  /**
   * Records are applied many to a transaction: one that fails in the database (here a constraint
   * the test adds, which validation cannot know of) takes its whole set back, and then the set is
   * applied one record at a time, so only that record is rejected and it leaves nothing behind.
   */
  @Test
  void aRecordThatFailsInTheDatabaseIsRejectedAloneAndLeavesNoHalfRecord() {
    LocalDate born = bornYearsAgo(5);
    String carer = "Poison " + Character.toUpperCase(letters(1).charAt(0)) + letters(9);
    String poisoned =
        ",\"parentsCarers\":[{\"name\":\"" + carer + "\",\"relationship\":\"MOTHER\"}]";
    records.execute(
        "ALTER TABLE parent_carer ADD CONSTRAINT test_poison_pill CHECK (full_name NOT LIKE 'Poison %')");
    try {
      assertEquals(
          202,
          send(
                  "poison",
                  record("P-1", given("Hazel"), born, "LS21 3CD", ""),
                  record(
                      "P-2", given("Ivy"), born.minusYears(1).minusMonths(3), "LS22 4EF", poisoned),
                  record(
                      "P-3", given("Juniper"), born.minusYears(2).minusMonths(5), "LS23 6GH", ""),
                  record("P-4", given("Laurel"), born.minusYears(3).minusMonths(7), "LS24 8JK", ""))
              .status());
      JsonObject report = doneReport("poison");
      assertEquals(3, report.getJsonObject("counts").getInt("created"), report.toString());
      assertEquals(1, report.getJsonObject("counts").getInt("rejected"), report.toString());
      assertTrue(
          result(report, "P-2").getJsonArray("errors").toString().contains("could not be applied"),
          report.toString());
      assertEquals(0, children(given("Ivy")), "no half record: the child went back with its carer");
      for (String good : List.of("Hazel", "Juniper", "Laurel")) {
        assertEquals(
            1, children(given(good)), good + ": the good records of its set are applied once");
      }
      // The database's refusal is logged by its kind and the record's id, never with the values it
      // refused.
      assertFalse(
          records.serverLogHolds(carer.substring(7)),
          "the refused carer's name reached the server log");
      assertFalse(
          records.serverLogHolds(given("Ivy")), "the refused child's name reached the server log");
    } finally {
      records.execute("ALTER TABLE parent_carer DROP CONSTRAINT test_poison_pill");
    }
  }

  @Test
  void theSectionsDashboardCountsWhatBecameOfEachRecordOfItsSources() {
    LocalDate born = bornYearsAgo(8);
    String existing =
        records.create(
            ChildSpec.named(given("Maisie"), family, born)
                .withPostcode("LS21 1AB", "Otley")
                .inSection(section));
    send(
        "d1",
        record("D-1", given("Poppy"), born.minusYears(2), "LS21 3CD", ""),
        record("D-2", given("Maisie"), born, "LS21 9ZZ", ""),
        record("D-3", given("Ezekiel"), born, "B13 0AA", ""),
        record("D-4", given("Maisie"), born, "LS21 9ZZ", ",\"assessment\":\"private notes\""),
        record("D-5", given("Wren"), born, "NOT A POSTCODE", ""));
    JsonObject report = doneReport("d1");
    assertEquals("created", result(report, "D-1").getString("outcome"), report.toString());
    assertEquals("updated", result(report, "D-2").getString("outcome"), report.toString());
    assertEquals(
        "review",
        result(report, "D-3").getString("outcome"),
        "same family and birthday, another name: " + report);

    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section)));
    JsonObject rates = sourceRates(team);
    // The trial's record counts too once applied: created with the go-live.
    assertEquals(6, rates.getInt("records"), rates.toString());
    assertEquals(1, rates.getInt("linked"), rates.toString());
    assertEquals(2, rates.getInt("created"), rates.toString());
    assertEquals(1, rates.getInt("held"), rates.toString());
    assertEquals(
        2,
        rates.getInt("rejected"),
        "an unknown field and a bad postcode, both naming this authority: " + rates);
    for (String outcome : List.of("linked", "created", "held", "rejected")) {
      JsonObject behind =
          team.get("/api/v1/manage/dashboard/sources/" + source + "/" + outcome).json();
      assertEquals(
          rates.getInt(outcome),
          behind.getJsonArray("lines").size(),
          outcome + ": the number is the list " + behind);
    }
    String linked = team.get("/api/v1/manage/dashboard/sources/" + source + "/linked").body();
    assertTrue(
        linked.contains(existing) && linked.contains(given("Maisie")),
        "the team's own child, linked by name: " + linked);
    String rejected = team.get("/api/v1/manage/dashboard/sources/" + source + "/rejected").body();
    assertTrue(rejected.contains("assessment") && rejected.contains("address.postcode"), rejected);
    assertFalse(
        rejected.contains("private notes") || rejected.contains("NOT A POSTCODE"),
        "fields named, never what was sent: " + rejected);
    assertEquals(422, team.get("/api/v1/manage/dashboard/sources/" + source + "/lost").status());

    Api elsewhere =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager("E07" + (100000 + random.nextInt(899999)))));
    assertTrue(
        elsewhere.get("/api/v1/manage/dashboard/sources").jsonArray().stream()
            .noneMatch(s -> source.equals(s.asJsonObject().getString("source"))),
        "another authority sees none of it");
    assertEquals(
        0,
        elsewhere
            .get("/api/v1/manage/dashboard/sources/" + source + "/linked")
            .json()
            .getJsonArray("lines")
            .size());
    JsonObject weeks = team.get("/api/v1/manage/dashboard/trends").jsonArray().getJsonObject(0);
    JsonArray series = weeks.getJsonArray("series");
    assertEquals(12, weeks.getJsonArray("weekStarts").size());
    assertEquals(
        6,
        series.stream().mapToInt(s -> s.asJsonObject().getJsonArray("counts").getInt(11)).sum(),
        "this week's bars add up to the records: " + weeks);
    assertEquals(403, feed.get("/api/v1/manage/dashboard/sources").status());
  }

  private JsonObject sourceRates(Api team) {
    Api.Answer answer = team.get("/api/v1/manage/dashboard/sources");
    assertEquals(200, answer.status(), answer.body());
    return answer.jsonArray().stream()
        .map(s -> s.asJsonObject())
        .filter(s -> source.equals(s.getString("source")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + source + ": " + answer.body()));
  }

  @Test
  void aSourceWhoseTrialFallsShortStaysOnTrialAndItsBatchesWait() {
    String newSource = "FEED-" + letters(6).toUpperCase(Locale.ROOT);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    Api newFeed =
        new Api()
            .withBearer(
                admin
                    .post(
                        "/api/v1/admin/source-keys",
                        "{\"sourceCode\":\""
                            + newSource
                            + "\",\"sectionCode\":\""
                            + section
                            + "\"}")
                    .json()
                    .getString("key"));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    LocalDate born = bornYearsAgo(6);
    String path = "/api/v1/feeds/" + newSource + "/batches";
    assertEquals(
        202,
        newFeed
            .post(
                path,
                "{\"batchId\":\"t1\",\"records\":["
                    + record("N-1", given("Wren"), born.minusYears(2), "LS21 3WW", "")
                    + ",{\"recordId\":\"N-2\"}]}")
            .status());
    waitFor(newFeed, path + "/t1", "done");
    Api.Answer refused = team.post("/api/v1/manage/sources/" + newSource + "/approval", "{}");
    assertEquals(409, refused.status());
    assertTrue(refused.body().contains("50.0 %"), refused.body());

    assertEquals(
        "waiting",
        newFeed
            .post(
                path,
                "{\"batchId\":\"w1\",\"records\":["
                    + record("N-3", given("Fern"), born, "LS21 3WW", "")
                    + "]}")
            .json()
            .getString("status"));
    assertEquals(
        204, team.post("/api/v1/manage/sources/" + newSource + "/new-trial", "{}").status());
    assertEquals(
        202,
        newFeed
            .post(
                path,
                "{\"batchId\":\"t2\",\"records\":["
                    + record("N-4", given("Wren"), born.minusYears(2), "LS21 3WW", "")
                    + "]}")
            .status());
    waitFor(newFeed, path + "/t2", "done");
    assertEquals(0, children(given("Fern")), "nothing applied before approval");
    assertEquals(
        204, team.post("/api/v1/manage/sources/" + newSource + "/approval", "{}").status());
    waitFor(newFeed, path + "/w1", "done");
    waitFor(newFeed, path + "/t2", "done");
    assertEquals(
        1, children(given("Fern")), "the waiting batch is applied once the source is live");
    assertEquals(1, children(given("Wren")));

    String report = team.get("/api/v1/manage/sources").body();
    assertTrue(
        report.contains("\"sourceCode\":\"" + newSource + "\"")
            && report.contains("\"status\":\"LIVE\""),
        report);
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .get("/api/v1/manage/sources")
            .status());
  }

  private static void waitFor(Api api, String path, String status) {
    for (int i = 0; i < 150; i++) {
      if (api.get(path).json().getString("status").equals(status)) {
        return;
      }
      sleep(200);
    }
    throw new AssertionError(path + " never " + status);
  }

  @Test
  void aCsvBatchGoesTheSameWay() {
    LocalDate born = bornYearsAgo(5);
    String csv =
        "recordId,localAuthority,givenName,familyName,dateOfBirth,gender,addressLine1,town,postcode\n"
            + "C-1,"
            + section
            + ","
            + given("Ivy")
            + ","
            + family
            + ","
            + born
            + ",FEMALE,\"2 Mill Lane, Flat B\",Otley,LS21 2AB\n"
            + "C-2,"
            + section
            + ","
            + given("Rose")
            + ","
            + family
            + ",2019-02-30,FEMALE,4 Mill Lane,Otley,LS21 2AB\n";
    Api.Answer accepted =
        feed.postText("/api/v1/feeds/" + source + "/batches?batchId=c1", "text/csv", csv);
    assertEquals(202, accepted.status(), accepted.body());
    JsonObject report = doneReport("c1");
    assertEquals("created", result(report, "C-1").getString("outcome"));
    assertTrue(
        result(report, "C-2").getJsonArray("errors").toString().contains("dateOfBirth"),
        report.toString());
    assertEquals(
        "2 Mill Lane, Flat B",
        records.scalar(
            "SELECT address_line1 FROM child WHERE family_name = ? AND given_names = ?",
            family,
            given("Ivy")));

    Api.Answer unknownColumn =
        feed.postText(
            "/api/v1/feeds/" + source + "/batches?batchId=c2",
            "text/csv",
            "recordId,caseNotes\nC-9,private\n");
    assertEquals(422, unknownColumn.status());
    assertTrue(unknownColumn.body().contains("header.caseNotes"), unknownColumn.body());
  }

  @Test
  void aSourceReachesOnlyItsOwnFeedAndNobodyElseReachesAny() {
    assertEquals(
        403,
        feed.post("/api/v1/feeds/EDU-OTHER/batches", "{\"batchId\":\"x\",\"records\":[{}]}")
            .status());
    assertEquals(403, feed.get("/api/v1/feeds/EDU-OTHER/batches/x").status());
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(
        403,
        practitioner
            .post("/api/v1/feeds/" + source + "/batches", "{\"batchId\":\"x\",\"records\":[{}]}")
            .status());
    assertEquals(
        401,
        new Api()
            .post("/api/v1/feeds/" + source + "/batches", "{\"batchId\":\"x\",\"records\":[{}]}")
            .status());
    assertEquals(404, feed.get("/api/v1/feeds/" + source + "/batches/never-sent").status());
    Api.Answer badEnvelope =
        feed.post("/api/v1/feeds/" + source + "/batches", "{\"batch\":\"x\",\"records\":{}}");
    assertEquals(400, badEnvelope.status());
    assertTrue(
        badEnvelope.body().contains("\"batch\"") && badEnvelope.body().contains("batchId"),
        badEnvelope.body());
  }

  @Test
  void aBatchReportIsReadAPageAtATimeInTheOrderTheRecordsWereSent() {
    LocalDate born = bornYearsAgo(9);
    send(
        "pages",
        record("P-1", given("Ada"), born, "LS1 1AA", ""),
        record("P-2", given("Bea"), born.minusYears(2), "WF1 2BB", ""),
        "{\"recordId\":\"P-3\"}");
    JsonObject whole = doneReport("pages");
    assertEquals(3, whole.getInt("total"));
    assertEquals(List.of("P-1", "P-2", "P-3"), recordIds(whole));
    assertEquals(1, whole.getInt("page"));
    assertEquals(1000, whole.getInt("size"), "a source that names no size gets a page of 1,000");

    String report = "/api/v1/feeds/" + source + "/batches/pages";
    JsonObject first = feed.get(report + "?size=2").json();
    assertEquals(List.of("P-1", "P-2"), recordIds(first));
    assertEquals(3, first.getInt("total"));
    assertEquals(2, first.getJsonObject("counts").getInt("created"), "counts are the batch's");
    JsonObject second = feed.get(report + "?page=2&size=2").json();
    assertEquals(List.of("P-3"), recordIds(second));
    assertEquals("rejected", second.getJsonArray("results").getJsonObject(0).getString("outcome"));
    assertEquals(List.of(), recordIds(feed.get(report + "?page=3&size=2").json()));
    assertEquals(List.of(), recordIds(feed.get(report + "?page=2147483647").json()));

    for (String[] wrong :
        new String[][] {
          {"?page=0", "page"}, {"?page=two", "page"}, {"?size=0", "size"}, {"?size=1001", "size"}
        }) {
      Api.Answer refused = feed.get(report + wrong[0]);
      assertEquals(422, refused.status(), wrong[0] + ": " + refused.body());
      assertTrue(refused.body().contains("\"" + wrong[1] + "\""), refused.body());
    }
  }

  private static List<String> recordIds(JsonObject report) {
    return report.getJsonArray("results").stream()
        .map(v -> v.asJsonObject().getString("recordId"))
        .toList();
  }

  /**
   * Blocking by a carer's name and the date of birth: a record with two keying errors in each of
   * the child's names, from another district, shares no name key with her and meets no other block
   * (name and birth, family name and district, birth and district); her mother's name brings them
   * together, and the evidence links it.
   */
  @Test
  void aChildWhoseNamesBothDriftedAndWhoMovedIsMetThroughHerCarersName() {
    LocalDate born = bornYearsAgo(10);
    String givenName = given("Drift");
    String mother = "Rowena " + family;
    String held =
        records.create(
            ChildSpec.named(givenName, family, born)
                .withPostcode("LS21 4QR", "Otley")
                .inSection(section));
    records.addCarer(held, mother, uk.contactpoint.child.entity.Relationship.MOTHER, null);
    String[] misspelt = twoKeyingErrorsInEachSharingNoKey(givenName, family);

    send(
        "carer",
        withFamily(
            record(
                "C-1",
                misspelt[0],
                born,
                "M14 5TP",
                ",\"parentsCarers\":[{\"name\":\"" + mother + "\",\"relationship\":\"MOTHER\"}]"),
            misspelt[1]));

    JsonObject report = doneReport("carer");
    assertEquals("updated", result(report, "C-1").getString("outcome"), report.toString());
    assertEquals(held, result(report, "C-1").getString("childId"), "not a new child");
  }

  /**
   * The two names, each with two letters changed (two keying errors, close for a name of seven
   * letters or more), such that neither shares a search key with either name as held.
   */
  private String[] twoKeyingErrorsInEachSharingNoKey(String givenName, String familyName) {
    java.util.Set<String> heldKeys =
        uk.contactpoint.child.entity.NameKeys.keysOf(List.of(givenName, familyName));
    while (true) {
      String[] misspelt = {twoLettersChanged(givenName), twoLettersChanged(familyName)};
      java.util.Set<String> keys =
          new java.util.HashSet<>(uk.contactpoint.child.entity.NameKeys.keysOf(List.of(misspelt)));
      keys.retainAll(heldKeys);
      if (keys.isEmpty()) {
        return misspelt;
      }
    }
  }

  private String twoLettersChanged(String name) {
    char[] letters = name.toCharArray();
    for (int at : new int[] {1 + random.nextInt(3), 4 + random.nextInt(name.length() - 4)}) {
      char other;
      do {
        other = (char) ('a' + random.nextInt(26));
      } while (other == Character.toLowerCase(letters[at]));
      letters[at] = other;
    }
    return new String(letters);
  }

  @Test
  void aFeedsMatchingReadsACandidateAsTheHeldRecordHasIt() {
    LocalDate born = bornYearsAgo(8);
    String child =
        records.create(
            ChildSpec.named(given("Ada"), family, born)
                .withFormerFamilyName("Formername" + letters(6))
                .inSection(section));
    String nhs = nhsNumber();
    records.recordNhsNumber(child, nhs);
    records.addCarer(
        child, "Mary " + family, uk.contactpoint.child.entity.Relationship.MOTHER, "01234 567890");
    records.addCarer(
        child,
        "Sam Other" + letters(4),
        uk.contactpoint.child.entity.Relationship.FATHER,
        "01234 567891");
    // Two moves: the addresses she lived at are compared too, in the order she lived at them.
    send("a1", record("A-1", given("Ada"), born, "B13 0AA", ",\"nhsNumber\":\"" + nhs + "\""));
    assertEquals("updated", result(doneReport("a1"), "A-1").getString("outcome"));
    send("a2", record("A-1", given("Ada"), born, "WF1 1AA", ",\"nhsNumber\":\"" + nhs + "\""));
    assertEquals("updated", result(doneReport("a2"), "A-1").getString("outcome"));

    List<String> read = records.asMatchingReadsIt(child);
    assertTrue(
        read.get(0).contains("Formername") && read.get(0).contains("Mary " + family), read.get(0));
    assertTrue(
        read.get(0).contains("formerPostcodes=[") && read.get(0).contains("B13 0AA]"), read.get(0));
    assertEquals(
        read.get(0),
        read.get(1),
        "names, former names, birth date, gender, postcode, NHS number, carers and former postcodes alike");
    assertEquals("false", read.get(2));

    records.shield(child);
    assertEquals(
        "true", records.asMatchingReadsIt(child).get(2), "a shielded candidate is held back");
  }

  @Test
  void aRecordMeetingAShieldedChildIsHeldForItsTeamAndANewRecordFromItIsShielded() {
    LocalDate born = bornYearsAgo(6);
    String grace =
        records.create(
            ChildSpec.named(given("Grace"), family, born)
                .withPostcode("LS21 5GH", "Otley")
                .inSection(section));
    Api team =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager(section, Duty.SHIELDING, Duty.DATA_QUALITY)));
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + grace + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());

    String gracesNhsNumber = nhsNumber();
    records.recordNhsNumber(grace, gracesNhsNumber);
    // The same child from a new source at a new address; a "different" child with her birthday and
    // name; and one with her
    // birthday and NHS number under a new name (a family that fled and changed it).
    String renamed = family + "x";
    send(
        "s1",
        record("G-1", given("Grace"), born, "LS21 7JK", ""),
        record("G-2", given("Grace"), born, "WF1 1AA", ",\"nhsNumber\":\"" + nhsNumber() + "\""),
        record(
                "G-3",
                given("Newname"),
                born,
                "M1 1AA",
                ",\"nhsNumber\":\"" + gracesNhsNumber + "\"")
            .replace("\"family\":\"" + family, "\"family\":\"" + renamed));
    JsonObject report = doneReport("s1");
    assertEquals(3, report.getJsonObject("counts").getInt("review"), report.toString());
    assertFalse(result(report, "G-1").containsKey("childId"), "a held record names no child");
    assertEquals(
        "LS21 5GH",
        records.scalar("SELECT postcode FROM child WHERE public_id = ?", grace),
        "nothing applied while held");
    assertEquals(1, children(given("Grace")), "no unshielded duplicate");

    Api otherTeam =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager("E07" + (100000 + random.nextInt(899999)), Duty.DATA_QUALITY)));
    assertFalse(
        otherTeam.get("/api/v1/manage/match-cases").body().contains(family),
        "another section never sees the case");
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(403, practitioner.get("/api/v1/manage/match-cases").status());

    JsonArray cases =
        jakarta.json.Json.createReader(
                new java.io.StringReader(team.get("/api/v1/manage/match-cases").body()))
            .readArray();
    List<JsonObject> ours =
        cases.stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getJsonObject("record").getString("family").equals(family))
            .toList();
    assertEquals(2, ours.size(), cases.toString());
    JsonObject first =
        ours.stream()
            .filter(c -> c.getJsonObject("record").getString("postcode").equals("LS21 7JK"))
            .findFirst()
            .orElseThrow();
    assertEquals("SHIELDED_CANDIDATE", first.getString("reason"));
    assertEquals("G-1", first.getString("recordId"), "the case names the source's own record");
    JsonObject candidate = first.getJsonArray("candidates").getJsonObject(0);
    assertEquals(grace, candidate.getJsonObject("person").getString("childId"));
    assertEquals("AGREE", candidate.getJsonObject("fields").getString("dateOfBirth"));
    assertEquals(
        "PARTIAL",
        candidate.getJsonObject("fields").getString("postcode"),
        "same district, another street");

    Api.Answer linked =
        team.post(
            "/api/v1/manage/match-cases/" + first.getJsonNumber("id").longValue() + "/link",
            "{\"childId\":\"" + grace + "\"}");
    assertEquals(200, linked.status(), linked.body());
    assertEquals(
        "LS21 7JK", records.scalar("SELECT postcode FROM child WHERE public_id = ?", grace));
    assertEquals(
        409,
        team.post(
                "/api/v1/manage/match-cases/" + first.getJsonNumber("id").longValue() + "/link",
                "{\"childId\":\"" + grace + "\"}")
            .status(),
        "decided once");

    JsonObject second = ours.stream().filter(c -> c != first).findFirst().orElseThrow();
    Api.Answer created =
        team.post(
            "/api/v1/manage/match-cases/" + second.getJsonNumber("id").longValue() + "/new-record",
            "{}");
    assertEquals(200, created.status(), created.body());
    String twin = created.json().getString("childId");
    assertEquals(
        Boolean.TRUE,
        records.scalar("SELECT shielded FROM child WHERE public_id = ?", twin),
        "a record created from a shielded case is shielded at once");
    JsonObject after = doneReport("s1");
    assertEquals("updated", result(after, "G-1").getString("outcome"));
    assertEquals("created", result(after, "G-2").getString("outcome"));
  }

  @Test
  void aNewIdentityLosesItsFormerNamesAndIsNeverLinkedByAFeed() {
    LocalDate born = bornYearsAgo(3);
    String adopted =
        records.create(
            ChildSpec.named(given("Robin"), family, born)
                .withFormerFamilyName("Formername" + letters(6))
                .withPostcode("LS21 4RB", "Otley")
                .inSection(section));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    assertEquals(
        422,
        team.post("/api/v1/manage/children/" + adopted + "/new-identity", "{}").status(),
        "a reason is required");
    assertEquals(
        204,
        team.post(
                "/api/v1/manage/children/" + adopted + "/new-identity", "{\"reason\":\"Adopted\"}")
            .status());
    assertEquals(
        0,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child_former_name f JOIN child c ON c.id = f.child_id"
                        + " WHERE c.public_id = ?",
                    adopted))
            .intValue(),
        "former names are not carried over");
    assertEquals(
        404,
        Api.loggedIn(
                records.createAccount(
                    AccountSpec.manager("E07" + (100000 + random.nextInt(899999)), Duty.SHIELDING)))
            .post("/api/v1/manage/children/" + adopted + "/new-identity", "{\"reason\":\"x\"}")
            .status(),
        "another section's team may not");

    send("n1", record("I-1", given("Robin"), born, "LS21 4RB", ""));
    JsonObject report = doneReport("n1");
    assertEquals(
        "review",
        result(report, "I-1").getString("outcome"),
        "held for the team, not linked: " + report);
  }

  @Test
  void twoRecordsOfOneChildAreMergedAndAWrongMergeIsSplitExactly() {
    LocalDate born = bornYearsAgo(11);
    String kept = records.create(ChildSpec.named(given("Ellis"), family, born).inSection(section));
    String duplicate =
        records.create(ChildSpec.named(given("Elis"), family, born).inSection(section));
    long involvement =
        records.involve(
            duplicate,
            "Merge Worker " + letters(5),
            "Youth worker",
            false,
            LocalDate.now().minusMonths(2),
            null);
    Api team =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager(section, Duty.SHIELDING, Duty.DATA_QUALITY)));
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + duplicate + "/shield",
                "{\"criterion\":\"MARAC\",\"reason\":\"Risk\"}")
            .status());
    Api otherTeam =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager("E07" + (100000 + random.nextInt(899999)), Duty.DATA_QUALITY)));
    String body =
        "{\"survivorId\":\""
            + kept
            + "\",\"duplicateId\":\""
            + duplicate
            + "\",\"reason\":\"Same child, keyed twice\"}";
    assertEquals(
        404,
        otherTeam.post("/api/v1/manage/merges", body).status(),
        "another section's records are not theirs to merge");

    Api.Answer merged = team.post("/api/v1/manage/merges", body);
    assertEquals(201, merged.status(), merged.body());
    long mergeId = merged.json().getJsonNumber("id").longValue();
    String reason = "{\"reason\":\"COORDINATE_SUPPORT\"}";
    assertEquals(
        404,
        team.post("/api/v1/children/" + duplicate + "/access", reason).status(),
        "the merged record is gone");
    assertEquals(
        Boolean.TRUE,
        records.scalar("SELECT shielded FROM child WHERE public_id = ?", kept),
        "a merge keeps either record's shield");
    assertEquals(
        kept,
        records.scalar(
            "SELECT c.public_id FROM involvement i JOIN child c ON c.id = i.child_id WHERE i.id = ?",
            involvement));
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    String found =
        practitioner
            .search(
                "{\"name\":\""
                    + given("Elis")
                    + " "
                    + family
                    + "\",\"dateOfBirth\":\""
                    + born
                    + "\"}")
            .body();
    assertTrue(
        found.contains(kept) && !found.contains(duplicate),
        "the old name finds the record that stays: " + found);

    assertEquals(
        204,
        team.post(
                "/api/v1/manage/merges/" + mergeId + "/split",
                "{\"reason\":\"Twins, not one child\"}")
            .status());
    assertEquals(
        409,
        team.post("/api/v1/manage/merges/" + mergeId + "/split", "{\"reason\":\"again\"}")
            .status());
    assertEquals(
        200,
        team.post("/api/v1/children/" + duplicate + "/access", reason).status(),
        "found again");
    assertEquals(
        duplicate,
        records.scalar(
            "SELECT c.public_id FROM involvement i JOIN child c ON c.id = i.child_id WHERE i.id = ?",
            involvement));
    assertEquals(
        0,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child_former_name f JOIN child c ON c.id = f.child_id WHERE c.public_id = ?",
                    kept))
            .intValue(),
        "the name the merge added is gone");
    assertEquals(
        Boolean.TRUE, records.scalar("SELECT shielded FROM child WHERE public_id = ?", duplicate));
    assertEquals(
        Boolean.TRUE,
        records.scalar("SELECT shielded FROM child WHERE public_id = ?", kept),
        "a split keeps the shield on both");
  }

  @Test
  void aRecordTheTeamTypesInGoesThroughTheSameChecks() {
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    LocalDate born = bornYearsAgo(2);
    Api.Answer created =
        team.post(
            "/api/v1/manage/records", record("ignored", given("Juniper"), born, "LS21 9JP", ""));
    assertEquals(201, created.status(), created.body());
    assertEquals(1, children(given("Juniper")));
    Api.Answer again =
        team.post(
            "/api/v1/manage/records", record("ignored", given("Juniper"), born, "LS21 9JP", ""));
    assertEquals(
        202,
        again.status(),
        "a second Juniper is a possible duplicate, held for the team: " + again.body());
    assertEquals(1, children(given("Juniper")));
    assertTrue(again.json().containsKey("caseId"));
    Api.Answer unknown =
        team.post(
            "/api/v1/manage/records",
            record("ignored", given("Juniper"), born, "LS21 9JP", ",\"notes\":\"x\""));
    assertEquals(422, unknown.status());
    assertTrue(unknown.body().contains("\"notes\""), unknown.body());
    Api.Answer bad =
        team.post(
            "/api/v1/manage/records",
            record("ignored", given("Juniper"), born.plusYears(5), "LS21 XXX", ""));
    assertEquals(422, bad.status());
    assertTrue(
        bad.body().contains("address.postcode") && bad.body().contains("dateOfBirth"), bad.body());
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .post("/api/v1/manage/records", "{}")
            .status());
  }

  @Test
  void aDataQualityManagerCannotTakeOverAnotherAuthoritysChild() {
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    String elsewhere = "E07" + (100000 + random.nextInt(899999));
    LocalDate born = bornYearsAgo(4);
    String theirs =
        records.create(
            ChildSpec.named(given("Marnie"), family, born)
                .withPostcode("LS22 6AB", "Wetherby")
                .inSection(elsewhere));
    String theirNhsNumber = nhsNumber();
    records.recordNhsNumber(theirs, theirNhsNumber);
    String theirCarer = "Carer" + letters(8);
    records.addCarer(
        theirs,
        theirCarer + " " + family,
        uk.contactpoint.child.entity.Relationship.MOTHER,
        "01632 960" + (100 + random.nextInt(899)));

    // A case of the team's own, held because a second Juniper looks like the first.
    LocalDate junipersBirth = bornYearsAgo(2);
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/records",
                record("ignored", given("Juniper"), junipersBirth, "LS21 9JP", ""))
            .status());
    Api.Answer held =
        team.post(
            "/api/v1/manage/records",
            record("ignored", given("Juniper"), junipersBirth, "LS21 9JP", ""));
    assertEquals(202, held.status(), held.body());
    long caseId = held.json().getJsonNumber("caseId").longValue();
    Api.Answer stolen =
        team.post(
            "/api/v1/manage/match-cases/" + caseId + "/link", "{\"childId\":\"" + theirs + "\"}");
    assertEquals(
        404, stolen.status(), "only the case's own candidates may be linked: " + stolen.body());
    assertEquals(
        given("Marnie"),
        records.scalar("SELECT given_names FROM child WHERE public_id = ?", theirs),
        "not renamed");
    assertEquals(
        elsewhere,
        records.scalar(
            "SELECT s.code FROM child c JOIN la_section s ON s.id = c.section_id"
                + " WHERE c.public_id = ?",
            theirs),
        "not moved");

    // A record typed in by the team belongs to its own section: neither naming another authority
    Api.Answer foreign =
        team.post(
            "/api/v1/manage/records",
            record("ignored", given("Ottilie"), born, "LS21 9JP", "")
                .replace(
                    "\"localAuthority\":\"" + section + "\"",
                    "\"localAuthority\":\"" + elsewhere + "\""));
    assertEquals(422, foreign.status(), foreign.body());
    assertTrue(foreign.body().contains("\"localAuthority\""), foreign.body());
    assertEquals(0, children(given("Ottilie")));
    // ...nor made to resemble another authority's child and then linked to it.
    Api.Answer lookalike =
        team.post(
            "/api/v1/manage/records", record("ignored", given("Marnie"), born, "LS22 6AB", ""));
    assertEquals(202, lookalike.status(), lookalike.body());
    long lookalikeCase = lookalike.json().getJsonNumber("caseId").longValue();
    // The queue shows another section's candidate only as far as deciding needs, and reading it is
    // a record access.
    JsonObject shown =
        jakarta.json.Json.createReader(
                new java.io.StringReader(team.get("/api/v1/manage/match-cases").body()))
            .readArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getJsonNumber("id").longValue() == lookalikeCase)
            .findFirst()
            .orElseThrow();
    JsonObject candidate =
        shown.getJsonArray("candidates").getJsonObject(0).getJsonObject("person");
    assertEquals(theirs, candidate.getString("childId"));
    assertFalse(
        shown.toString().contains(theirNhsNumber) || shown.toString().contains(theirCarer),
        "masked: " + shown);
    assertTrue(
        ((Number)
                    records.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE child_ref = ? AND action = 'RECORD_ACCESS'",
                        theirs))
                .intValue()
            >= 1,
        "the look at their child is in its trail");
    assertEquals(
        404,
        team.post(
                "/api/v1/manage/match-cases/" + lookalikeCase + "/link",
                "{\"childId\":\"" + theirs + "\"}")
            .status());
    assertEquals(
        elsewhere,
        records.scalar(
            "SELECT s.code FROM child c JOIN la_section s ON s.id = c.section_id"
                + " WHERE c.public_id = ?",
            theirs),
        "still theirs");
  }

  @Test
  void aChildRenamedBackAndForthKeepsEveryNameOnceAndStaysMendable() {
    LocalDate born = bornYearsAgo(6);
    String child =
        records.create(ChildSpec.named(given("Isabella"), family, born).inSection(section));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    for (String name :
        List.of(
            given("Isabelha"),
            given("Isabella"),
            given("Isabelha"),
            given("Bella"),
            given("Isabella"))) {
      Api.Answer renamed =
          team.post(
              "/api/v1/manage/records/" + child + "/amendment",
              "{\"given\":\"" + name + "\",\"confirmed\":true}");
      assertEquals(200, renamed.status(), "renamed to " + name + ": " + renamed.body());
      assertEquals(
          name, records.scalar("SELECT given_names FROM child WHERE public_id = ?", child));
    }
    assertEquals(
        2,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child_former_name f JOIN child c ON c.id = f.child_id WHERE c.public_id = ?",
                    child))
            .intValue(),
        "each earlier name once, the current one not among them");
    // A name with a control character or far too long is refused, naming the field, and changes
    // nothing.
    Api.Answer nul =
        team.post(
            "/api/v1/manage/records/" + child + "/amendment",
            "{\"given\":\"Isa\\u0000bella\",\"confirmed\":true}");
    assertEquals(400, nul.status(), nul.body());
    assertTrue(nul.body().contains("\"given\""), nul.body());
    Api.Answer huge =
        team.post(
            "/api/v1/manage/records/" + child + "/amendment",
            "{\"family\":\"" + "x".repeat(10_000) + "\"}");
    assertEquals(422, huge.status(), huge.body().substring(0, Math.min(300, huge.body().length())));
    assertTrue(huge.body().contains("\"family\""), "names the field");
    assertEquals(
        given("Isabella"),
        records.scalar("SELECT given_names FROM child WHERE public_id = ?", child),
        "unchanged");
    // A source that sends two spellings in turn is applied each time, never rejected.
    String nhs = nhsNumber();
    records.recordNhsNumber(child, nhs);
    for (int round = 0; round < 3; round++) {
      String spelling = round % 2 == 0 ? given("Isabelha") : given("Isabella");
      send(
          "spell" + round,
          record("S-1", spelling, born, "LS21 3AB", ",\"nhsNumber\":\"" + nhs + "\""));
      JsonObject report = doneReport("spell" + round);
      assertFalse("rejected".equals(result(report, "S-1").getString("outcome")), report.toString());
    }
  }

  /**
   * Renames, merges and splits in turn take names out of the middle of the former names and put
   * them back: each step succeeds, and the former names stay whole, each once, none the current
   * one.
   */
  @Test
  void formerNamesStayWholeThroughRenamesMergesAndSplitsInTurn() {
    LocalDate born = bornYearsAgo(9);
    String kept = records.create(ChildSpec.named(given("Maya"), family, born).inSection(section));
    String duplicate =
        records.create(ChildSpec.named(given("Maia"), family, born).inSection(section));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    java.util.function.Consumer<String> rename =
        name -> {
          Api.Answer renamed =
              team.post(
                  "/api/v1/manage/records/" + kept + "/amendment",
                  "{\"given\":\"" + name + "\",\"confirmed\":true}");
          assertEquals(200, renamed.status(), "renamed to " + name + ": " + renamed.body());
        };
    java.util.function.Supplier<Long> merge =
        () -> {
          Api.Answer merged =
              team.post(
                  "/api/v1/manage/merges",
                  "{\"survivorId\":\""
                      + kept
                      + "\",\"duplicateId\":\""
                      + duplicate
                      + "\",\"reason\":\"Same child, keyed twice\"}");
          assertEquals(201, merged.status(), merged.body());
          return merged.json().getJsonNumber("id").longValue();
        };
    java.util.function.LongConsumer split =
        id ->
            assertEquals(
                204,
                team.post(
                        "/api/v1/manage/merges/" + id + "/split",
                        "{\"reason\":\"Twins, not one child\"}")
                    .status());

    rename.accept(given("Mya"));
    rename.accept(given("Mayah"));
    long first = merge.get();
    assertEquals(List.of(given("Maya"), given("Mya"), given("Maia")), formerGivenNames(kept));
    rename.accept(given("Maya"));
    split.accept(first);
    assertEquals(
        List.of(given("Mya"), given("Mayah")),
        formerGivenNames(kept),
        "the merge's name left from the middle");
    rename.accept(given("Maia"));
    long second = merge.get();
    assertEquals(
        List.of(given("Mya"), given("Mayah"), given("Maya")),
        formerGivenNames(kept),
        "the same name is not a former name too");
    split.accept(second);
    rename.accept(given("Mya"));
    assertEquals(List.of(given("Mayah"), given("Maya"), given("Maia")), formerGivenNames(kept));
    assertEquals(
        List.of(0, 1, 2),
        records
            .rows(
                "SELECT f.list_index FROM child_former_name f JOIN child c ON c.id = f.child_id"
                    + " WHERE c.public_id = ? ORDER BY f.list_index",
                kept)
            .stream()
            .map(row -> ((Number) row[0]).intValue())
            .toList());
    String found =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .search(
                "{\"name\":\""
                    + given("Mayah")
                    + " "
                    + family
                    + "\",\"dateOfBirth\":\""
                    + born
                    + "\"}")
            .body();
    assertTrue(found.contains(kept), "a former name still finds the child: " + found);
  }

  private List<String> formerGivenNames(String child) {
    return records
        .rows(
            "SELECT f.given_names FROM child_former_name f JOIN child c ON c.id = f.child_id WHERE c.public_id = ?"
                + " ORDER BY f.list_index",
            child)
        .stream()
        .map(row -> String.valueOf(row[0]))
        .toList();
  }

  @Test
  void involvementsAFeedAddsOrEndsAreToldToThoseWorkingWithTheChild() {
    LocalDate born = bornYearsAgo(7);
    String child = records.create(ChildSpec.named(given("Esme"), family, born).inSection(section));
    String nhs = nhsNumber();
    records.recordNhsNumber(child, nhs);
    Api teacher =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)));
    assertEquals(
        201,
        teacher
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\""
                    + LocalDate.now().minusMonths(1)
                    + "\"}")
            .status());
    String worker = "Sam Feedworker" + letters(5);
    String service = "Otley Youth Service " + letters(5);
    String started = LocalDate.now().minusDays(10).toString();
    String involvement =
        ",\"nhsNumber\":\""
            + nhs
            + "\",\"involvements\":[{\"involvementId\":\"I-9\",\"organisation\":\""
            + service
            + "\",\"practitioner\":\""
            + worker
            + "\",\"jobTitle\":\"Youth worker\",\"role\":\"Youth worker\",\"startDate\":\""
            + started
            + "\",\"endDate\":%s},{\"involvementId\":\"I-10\",\"organisation\":\""
            + service
            + " Outreach\",\"role\":\"Outreach\","
            + "\"startDate\":\""
            + started
            + "\"}]";
    send("n1", record("N-1", given("Esme"), born, "LS21 3AB", String.format(involvement, "null")));
    assertEquals("updated", result(doneReport("n1"), "N-1").getString("outcome"));
    JsonArray changes = teacher.get("/api/v1/me/home").json().getJsonArray("changes");
    assertTrue(
        changes.stream()
            .map(v -> v.asJsonObject())
            .anyMatch(
                c ->
                    "JOINED".equals(c.getString("kind"))
                        && worker.equals(c.getString("practitioner", null))
                        && child.equals(c.getString("childId"))),
        changes.toString());
    assertTrue(
        changes.stream()
            .map(v -> v.asJsonObject())
            .anyMatch(
                c ->
                    "JOINED".equals(c.getString("kind"))
                        && !c.containsKey("practitioner")
                        && (service + " Outreach").equals(c.getString("organisation", null))),
        "an organisation the feed names without a practitioner is told too: " + changes);

    send(
        "n2",
        record(
            "N-1",
            given("Esme"),
            born,
            "LS21 3AB",
            String.format(involvement, "\"" + LocalDate.now() + "\"")));
    assertEquals("updated", result(doneReport("n2"), "N-1").getString("outcome"));
    assertTrue(
        teacher.get("/api/v1/me/home").json().getJsonArray("changes").stream()
            .map(v -> v.asJsonObject())
            .anyMatch(
                c ->
                    "ENDED".equals(c.getString("kind"))
                        && worker.equals(c.getString("practitioner", null))),
        "the end is told");
  }

  @Test
  void aCorrectionByHandRunsTheSameDuplicateChecks() {
    LocalDate born = bornYearsAgo(5);
    String nina = records.create(ChildSpec.named(given("Nina"), family, born).inSection(section));
    String other = records.create(ChildSpec.named(given("Rosa"), family, born).inSection(section));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    Api.Answer alike =
        team.post(
            "/api/v1/manage/records/" + other + "/amendment",
            "{\"given\":\"" + given("Nina") + "\"}");
    assertEquals(409, alike.status(), alike.body());
    assertTrue(alike.body().contains(nina), "names the record it would resemble: " + alike.body());
    assertEquals(
        given("Rosa"),
        records.scalar("SELECT given_names FROM child WHERE public_id = ?", other),
        "nothing changed");
    Api.Answer confirmed =
        team.post(
            "/api/v1/manage/records/" + other + "/amendment",
            "{\"given\":\"" + given("Nina") + "\",\"confirmed\":true}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals(
        given("Nina"), records.scalar("SELECT given_names FROM child WHERE public_id = ?", other));
    String tomas =
        records.create(
            ChildSpec.named(given("Tomas"), family, born.minusYears(3))
                .withGender(uk.contactpoint.child.entity.Gender.MALE)
                .inSection(section));
    assertEquals(
        200,
        team.post(
                "/api/v1/manage/records/" + tomas + "/amendment",
                "{\"dateOfBirth\":\"" + born.minusYears(3).minusDays(10) + "\"}")
            .status(),
        "a change that resembles no one goes through");
    assertEquals(
        born.minusYears(3).minusDays(10).toString(),
        String.valueOf(records.scalar("SELECT birth_date FROM child WHERE public_id = ?", tomas)));
  }

  @Test
  void aRecordNamingAnotherLocalAuthorityMovesTheChildAndBothTeamsSeeIt() {
    LocalDate born = bornYearsAgo(10);
    send("m1", record("M-1", given("Harper"), born, "LS21 8LM", ""));
    String harper = result(doneReport("m1"), "M-1").getString("childId");
    String from = section;
    section = "E07" + (100000 + random.nextInt(899999));
    records.create(
        ChildSpec.named("Anchor", "Anchor" + letters(6), LocalDate.now().minusYears(3))
            .inSection(section));
    send("m2", record("M-1", given("Harper"), born, "B13 0AA", ""));
    assertEquals("updated", result(doneReport("m2"), "M-1").getString("outcome"));
    assertEquals(
        section,
        records.scalar(
            "SELECT s.code FROM child c JOIN la_section s ON s.id = c.section_id WHERE c.public_id = ?",
            harper));
    for (String team : List.of(from, section)) {
      String transfers =
          Api.loggedIn(records.createAccount(AccountSpec.manager(team, Duty.DATA_QUALITY)))
              .get("/api/v1/manage/transfers")
              .body();
      assertTrue(transfers.contains(harper), team + ": " + transfers);
    }
  }

  @Test
  void aSensitiveServiceFromAFeedNeedsToBeKnownAndConsented() {
    LocalDate born = bornYearsAgo(15);
    send(
        "x1",
        record(
            "X-1",
            given("Skye"),
            born,
            "LS21 6NP",
            ",\"involvements\":[{\"organisation\":\"Unregistered Clinic "
                + family
                + "\",\"role\":\"Nurse\",\"startDate\":\""
                + LocalDate.now().minusMonths(1)
                + "\",\"sensitive\":true,"
                + "\"consent\":{\"basis\":\"YOUNG_PERSON\",\"note\":\"Understood\"}}]"));
    JsonObject report = doneReport("x1");
    assertTrue(
        result(report, "X-1")
            .getJsonArray("errors")
            .toString()
            .contains("involvements[0].organisation"),
        report.toString());
    assertEquals(0, children(given("Skye")), "a rejected record leaves nothing");
  }

  @Test
  void
      aSensitiveServiceIsKnownByItsCodeOrItsNameHoweverSpeltAndItsOwnSystemCannotNameItOtherwise() {
    Api administrator = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    String clinicName = "Wharfe Young People's Clinic " + family;
    String clinicCode = "WYP" + (1000 + random.nextInt(8999));
    Api.Answer clinic =
        administrator.post(
            "/api/v1/admin/organisations",
            "{\"kind\":\"HEALTH_SERVICE\",\"code\":\""
                + clinicCode
                + "\",\"name\":\""
                + clinicName
                + "\",\"sensitiveCategory\":\"SEXUAL_HEALTH\"}");
    assertEquals(201, clinic.status(), clinic.body());
    String started = LocalDate.now().minusMonths(1).toString();
    String consent =
        ",\"sensitive\":true,\"consent\":{\"basis\":\"YOUNG_PERSON\",\"note\":\"Understood\"}";

    // Spelt without the apostrophe and in capitals, the clinic is still the clinic: without consent
    // nothing is stored.
    // (Before, an exact-name match missed it and the feed registered an ordinary organisation named
    // after the clinic.)
    send(
        "s1",
        record(
            "S-1",
            given("Robin"),
            LocalDate.now().minusYears(15),
            "LS21 6NP",
            ",\"involvements\":[{\"organisation\":\""
                + clinicName.replace("'", "").toUpperCase(Locale.ROOT)
                + "\",\"role\":\"Nurse\",\"startDate\":\""
                + started
                + "\"}]"));
    JsonObject misspelt = doneReport("s1");
    assertTrue(
        result(misspelt, "S-1")
            .getJsonArray("errors")
            .toString()
            .contains("involvements[0].consent"),
        misspelt.toString());
    assertEquals(
        0L,
        records.scalar(
            "SELECT COUNT(*) FROM organisation WHERE section_id = (SELECT id FROM la_section WHERE code = ?)"
                + " AND sensitive_category = 'NONE' AND LOWER(name) LIKE ?",
            section,
            "%young peoples clinic%"),
        "no ordinary twin of the clinic");

    // By its register code, with consent: held as the clinic's, a sensitive involvement.
    send(
        "s2",
        record(
            "S-2",
            given("Robin"),
            LocalDate.now().minusYears(15),
            "LS21 6NP",
            ",\"involvements\":[{\"organisation\":\"Clinic\","
                + "\"organisationCode\":\""
                + clinicCode.toLowerCase(Locale.ROOT)
                + "\",\"role\":\"Nurse\",\"startDate\":\""
                + started
                + "\""
                + consent
                + "}]"));
    String robin = result(doneReport("s2"), "S-2").getString("childId");
    assertEquals(
        "SEXUAL_HEALTH",
        records.scalar(
            "SELECT o.sensitive_category FROM involvement i JOIN organisation o ON o.id = i.organisation_id"
                + " JOIN child c ON c.id = i.child_id WHERE c.public_id = ?",
            robin));

    // A code the register does not hold is an error naming the field, not a guess by name.
    send(
        "s3",
        record(
            "S-3",
            given("Rowan"),
            LocalDate.now().minusYears(14),
            "LS21 6NP",
            ",\"involvements\":[{\"organisation\":\"Clinic\","
                + "\"organisationCode\":\"NO-SUCH-CODE\",\"role\":\"Nurse\",\"startDate\":\""
                + started
                + "\"}]"));
    JsonObject unknown = doneReport("s3");
    assertTrue(
        result(unknown, "S-3")
            .getJsonArray("errors")
            .toString()
            .contains("involvements[0].organisationCode"),
        unknown.toString());

    // The clinic's own system: whatever name its records give, what it reports is sensitive and
    // needs consent.
    Api.Answer runs =
        administrator.put(
            "/api/v1/admin/organisations/" + clinic.json().getJsonNumber("id").longValue(),
            "{\"kind\":\"HEALTH_SERVICE\","
                + "\"code\":\""
                + clinicCode
                + "\",\"name\":\""
                + clinicName
                + "\",\"sensitiveCategory\":\"SEXUAL_HEALTH\",\"sourceCode\":\""
                + source
                + "\"}");
    assertEquals(200, runs.status(), runs.body());
    send(
        "s4",
        record(
            "S-4",
            given("Rowan"),
            LocalDate.now().minusYears(14),
            "LS21 6NP",
            ",\"involvements\":[{\"organisation\":\"Drop-in "
                + family
                + "\",\"role\":\"Nurse\",\"startDate\":\""
                + started
                + "\"}]"));
    JsonObject fromClinic = doneReport("s4");
    assertTrue(
        result(fromClinic, "S-4").getJsonArray("errors").toString().contains("involvements[0]"),
        fromClinic.toString());
    assertEquals(0, children(given("Rowan")), "a rejected record leaves nothing");
  }

  @Test
  void aBatchAStoppedServerLeftIsFinishedWithNothingAppliedTwice() {
    LocalDate born = bornYearsAgo(4);
    List<String> batch =
        List.of(
            record("K-1", given("Aria"), born, "LS21 1QR", ""),
            record("K-2", given("Luna"), born.minusYears(1), "LS21 1QR", ""),
            record("K-3", given("Nova"), born.minusYears(2), "LS21 1QR", ""));
    long stopped = records.feedBatchStoppedPartWay(source, "k1", batch, 1);
    assertEquals(1, children(given("Aria")));
    assertEquals(0, children(given("Luna")));

    records.resumeFeedBatch(stopped);
    records.resumeFeedBatch(stopped);
    JsonObject report = doneReport("k1");
    assertEquals(3, report.getJsonObject("counts").getInt("created"), report.toString());
    assertEquals(
        1, children(given("Aria")), "the record applied before the stop is not applied again");
    assertEquals(1, children(given("Luna")));
    assertEquals(1, children(given("Nova")));
  }

  @Test
  void aChildsNameIsWhatMostSourcesSendAndOneSourcesMisspellingRenamesNobody() {
    LocalDate born = bornYearsAgo(10);
    String isabella = given("Isabella");
    String misspelt =
        isabella.substring(0, isabella.length() - 1) + (isabella.endsWith("q") ? "w" : "q");
    send("n1", record("A-1", isabella, born, "LS21 1AB", ""));
    String child = result(doneReport("n1"), "A-1").getString("childId");

    switchToANewSource();
    String sourceB = source;
    Api feedB = feed;
    send("n2", record("B-1", misspelt, born, "LS21 1AB", ""));
    JsonObject typo = result(doneReport("n2"), "B-1");
    assertEquals(
        child, typo.getString("childId"), "the misspelt record is the same child: " + typo);
    assertEquals("updated", typo.getString("outcome"), "a new spelling is a new fact");
    assertEquals(
        isabella,
        records.scalar("SELECT given_names FROM child WHERE public_id = ?", child),
        "one source against one: the name shown stays");
    assertEquals(
        List.of(misspelt),
        formerGivenNames(child),
        "the misspelling is kept, searched and matched");
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertTrue(
        practitioner
            .search(
                "{\"name\":\"" + misspelt + " " + family + "\",\"dateOfBirth\":\"" + born + "\"}")
            .body()
            .contains(child),
        "found by the misspelling too");

    switchToANewSource();
    String newFamily = family + "-" + Character.toUpperCase(letters(1).charAt(0)) + letters(6);
    send(
        "n3",
        record("C-1", misspelt, born, "LS21 1AB", "")
            .replace("\"family\":\"" + family + "\"", "\"family\":\"" + newFamily + "\""));
    JsonObject drifted = result(doneReport("n3"), "C-1");
    assertEquals(
        child,
        drifted.getString("childId"),
        "a record repeating a misspelling, with a new surname, meets her: " + drifted);
    assertEquals(
        family,
        records.scalar("SELECT family_name FROM child WHERE public_id = ?", child),
        "each source its own spelling: a tie");
    send(
        "n4",
        record("C-1", isabella, born, "LS21 1AB", "")
            .replace("\"family\":\"" + family + "\"", "\"family\":\"" + newFamily + "\""));
    assertEquals(
        family,
        records.scalar("SELECT family_name FROM child WHERE public_id = ?", child),
        "one source's change of surname is not yet the child's");
    source = sourceB;
    feed = feedB;
    send(
        "n5",
        record("B-1", isabella, born, "LS21 1AB", "")
            .replace("\"family\":\"" + family + "\"", "\"family\":\"" + newFamily + "\""));
    assertEquals(
        child,
        result(doneReport("n5"), "B-1").getString("childId"),
        "the second source, spelling her right now");
    assertEquals(
        newFamily,
        records.scalar("SELECT family_name FROM child WHERE public_id = ?", child),
        "two sources of three agree on the new surname: it takes effect");
    assertEquals(
        isabella, records.scalar("SELECT given_names FROM child WHERE public_id = ?", child));
    assertTrue(
        practitioner
            .search(
                "{\"name\":\"" + isabella + " " + family + "\",\"dateOfBirth\":\"" + born + "\"}")
            .body()
            .contains(child),
        "the old surname still finds her");
    assertEquals(
        5L,
        rowsOf("child_name_spelling", child),
        "every spelling with its source: "
            + records
                .rows(
                    "SELECT s.source, s.authority FROM child_name_spelling s JOIN child c ON c.id = s.child_id WHERE c.public_id = ?",
                    child)
                .stream()
                .map(java.util.Arrays::toString)
                .toList());
  }

  @Test
  void aRecordWhoseIdentifiersNameTwoRecordsIsHeldForTheTeamNotRejected() {
    LocalDate born = bornYearsAgo(9);
    send("d1", record("D-1", given("Dora"), born, "LS21 1AB", ""));
    String first = result(doneReport("d1"), "D-1").getString("childId");
    // A second record of her, typed in elsewhere with her NHS number: a duplicate the team has not
    // merged yet.
    String second = records.create(ChildSpec.named(given("Dora"), family, born).inSection(section));
    String nhs = nhsNumber();
    records.recordNhsNumber(second, nhs);

    send("d2", record("D-1", given("Dora"), born, "LS21 1AB", ",\"nhsNumber\":\"" + nhs + "\""));
    JsonObject held = result(doneReport("d2"), "D-1");
    assertEquals(
        "review", held.getString("outcome"), "not rejected by the database, not linked: " + held);
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child_identifier i JOIN child c ON c.id = i.child_id"
                        + " WHERE c.public_id = ? AND i.id_value = ?",
                    first,
                    nhs))
            .longValue(),
        "the other record's NHS number is not put on hers");
    String queue =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)))
            .get("/api/v1/manage/match-cases")
            .body();
    assertTrue(
        queue.contains("IDENTIFIER_CONFLICT")
            && queue.contains("two records of one child, to merge?"),
        queue);
  }

  /** The section's link of one feed record to one child, as the team lists it. */
  private static JsonObject linkOf(Api team, String childId, String recordId) {
    Api.Answer links = team.get("/api/v1/manage/links");
    assertEquals(200, links.status(), links.body());
    return jakarta.json.Json.createReader(new java.io.StringReader(links.body()))
        .readArray()
        .stream()
        .map(v -> v.asJsonObject())
        .filter(
            l ->
                childId.equals(l.getString("childId"))
                    && recordId.equals(l.getString("recordId", null)))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no link of " + recordId + " to " + childId + ": " + links.body()));
  }

  private long rowsOf(String table, String childId) {
    return ((Number)
            records.scalar(
                "SELECT COUNT(*) FROM "
                    + table
                    + " t JOIN child c ON c.id = t.child_id WHERE c.public_id = ?",
                childId))
        .longValue();
  }

  private static String reasoned(String extra) {
    return "{\"reason\":\"Another child of the same name and birthday\"" + extra + "}";
  }

  @Test
  void aWrongLinkIsUndoneInOneStepAndTheRecordWaitsForTheRightDecision() {
    LocalDate born = bornYearsAgo(8);
    send("u1", record("U-1", given("Ada"), born, "LS21 1AB", ""));
    String ada = result(doneReport("u1"), "U-1").getString("childId");
    long history = rowsOf("child_address_history", ada);
    String nhs = nhsNumber();
    // Another girl of the same name and birthday, living elsewhere: matching links her record to
    // Ada's.
    send(
        "u2",
        record(
            "U-2",
            given("Ada"),
            born,
            "LS29 8QT",
            ",\"nhsNumber\":\""
                + nhs
                + "\",\"parentsCarers\":[{\"name\":\"Petra "
                + family
                + "\",\"relationship\":\"MOTHER\"}],\"involvements\":[{\"organisation\":\"Otley Youth Club "
                + family
                + "\",\"role\":\"Youth worker\",\"startDate\":\""
                + LocalDate.now().minusMonths(2)
                + "\"}]"));
    assertEquals("updated", result(doneReport("u2"), "U-2").getString("outcome"));
    assertEquals("LS29 8QT", records.scalar("SELECT postcode FROM child WHERE public_id = ?", ada));
    assertEquals(1L, rowsOf("parent_carer", ada));
    assertEquals(1L, rowsOf("involvement", ada));

    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    JsonObject link = linkOf(team, ada, "U-2");
    assertTrue(
        link.getJsonArray("changed").toString().contains("address")
            && link.getJsonArray("changed").toString().contains("carers")
            && link.getJsonArray("changed").toString().contains("involvements")
            && link.getJsonArray("changed").toString().contains("identifiers"),
        link.toString());
    long linkId = link.getJsonNumber("id").longValue();
    Api.Answer noReason = team.post("/api/v1/manage/links/" + linkId + "/undo", "{}");
    assertEquals(422, noReason.status(), noReason.body());
    assertTrue(noReason.body().contains("\"reason\""), noReason.body());

    Api.Answer undone = team.post("/api/v1/manage/links/" + linkId + "/undo", reasoned(""));
    assertEquals(200, undone.status(), undone.body());
    assertEquals(
        "LS21 1AB",
        records.scalar("SELECT postcode FROM child WHERE public_id = ?", ada),
        "her own address is back");
    assertEquals(
        history, rowsOf("child_address_history", ada), "and the wrong one is not her history");
    assertEquals(0L, rowsOf("parent_carer", ada));
    assertEquals(0L, rowsOf("involvement", ada));
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child_identifier i JOIN child c ON c.id = i.child_id"
                        + " WHERE c.public_id = ? AND i.id_value = ?",
                    ada,
                    nhs))
            .longValue(),
        "the other girl's NHS number is not Ada's");
    assertEquals(
        409,
        team.post("/api/v1/manage/links/" + linkId + "/undo", reasoned("")).status(),
        "undone once");

    JsonObject after = result(doneReport("u2"), "U-2");
    assertEquals(
        "review",
        after.getString("outcome"),
        "the source's report says the record waits again: " + after);
    assertFalse(after.containsKey("childId") && !after.isNull("childId"), after.toString());
    long caseId = undone.json().getJsonNumber("caseId").longValue();
    String queue = team.get("/api/v1/manage/match-cases").body();
    assertTrue(
        queue.contains("\"id\":" + caseId + ",")
            && queue.contains("LINK_UNDONE")
            && queue.contains(ada),
        queue);
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'LINK_UNDONE' AND child_ref = ?"
                        + " AND outcome = 'SUCCESS'",
                    ada))
            .longValue());

    Api.Answer created = team.post("/api/v1/manage/match-cases/" + caseId + "/new-record", "{}");
    assertEquals(200, created.status(), created.body());
    String other = created.json().getString("childId");
    assertEquals(
        "LS29 8QT", records.scalar("SELECT postcode FROM child WHERE public_id = ?", other));
    assertEquals(1L, rowsOf("parent_carer", other), "the facts reach the right child");
  }

  @Test
  void aFactChangedSinceTheLinkIsNamedAndNeverOverwritten() {
    LocalDate born = bornYearsAgo(6);
    send("v1", record("V-1", given("Bea"), born, "LS21 1AB", ""));
    String bea = result(doneReport("v1"), "V-1").getString("childId");
    send(
        "v2",
        record(
            "V-2",
            given("Bea"),
            born,
            "LS29 8QT",
            ",\"parentsCarers\":[{\"name\":\"Carl " + family + "\",\"relationship\":\"FATHER\"}]"));
    assertEquals("updated", result(doneReport("v2"), "V-2").getString("outcome"));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    Api.Answer amended =
        team.post(
            "/api/v1/manage/records/" + bea + "/amendment",
            "{\"address\":{\"lines\":[\"1 Team Road\"],"
                + "\"town\":\"Ilkley\",\"postcode\":\"LS29 9AA\",\"status\":\"CURRENT\"},\"confirmed\":true}");
    assertEquals(200, amended.status(), amended.body());
    long linkId = linkOf(team, bea, "V-2").getJsonNumber("id").longValue();

    Api.Answer refused = team.post("/api/v1/manage/links/" + linkId + "/undo", reasoned(""));
    assertEquals(409, refused.status(), refused.body());
    assertEquals(
        "address",
        refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        refused.body());
    assertEquals(1L, rowsOf("parent_carer", bea), "a refused undo changes nothing");

    Api.Answer kept =
        team.post(
            "/api/v1/manage/links/" + linkId + "/undo", reasoned(",\"keepLaterChanges\":true"));
    assertEquals(200, kept.status(), kept.body());
    assertEquals("[\"address\"]", kept.json().getJsonArray("kept").toString());
    assertEquals(
        "LS29 9AA",
        records.scalar("SELECT postcode FROM child WHERE public_id = ?", bea),
        "the team's later correction stays");
    assertEquals(0L, rowsOf("parent_carer", bea), "what the link added goes");
  }

  @Test
  void aLinkTheTeamDecidedIsUndoneAndItsCaseOpensAgain() {
    LocalDate born = bornYearsAgo(7);
    send("w1", record("W-1", given("Reuben"), born, "LS21 1AB", ""));
    String reuben = result(doneReport("w1"), "W-1").getString("childId");
    send("w2", record("W-2", given("Ezekiel"), born, "B13 0AA", ""));
    assertEquals(
        "review",
        result(doneReport("w2"), "W-2").getString("outcome"),
        "same family and birthday, another name: held");
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    JsonObject held =
        jakarta.json.Json.createReader(
                new java.io.StringReader(team.get("/api/v1/manage/match-cases").body()))
            .readArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getJsonObject("record").getString("given").equals(given("Ezekiel")))
            .findFirst()
            .orElseThrow();
    long caseId = held.getJsonNumber("id").longValue();
    assertEquals(
        200,
        team.post(
                "/api/v1/manage/match-cases/" + caseId + "/link",
                "{\"childId\":\"" + reuben + "\"}")
            .status());
    assertEquals(
        given("Ezekiel"),
        records.scalar("SELECT given_names FROM child WHERE public_id = ?", reuben),
        "the newer name applied");

    long linkId = linkOf(team, reuben, "W-2").getJsonNumber("id").longValue();
    Api.Answer undone = team.post("/api/v1/manage/links/" + linkId + "/undo", reasoned(""));
    assertEquals(200, undone.status(), undone.body());
    assertEquals(
        caseId, undone.json().getJsonNumber("caseId").longValue(), "the team's case opens again");
    assertEquals(
        given("Reuben"),
        records.scalar("SELECT given_names FROM child WHERE public_id = ?", reuben));
    assertEquals(
        0L, rowsOf("child_former_name", reuben), "his own name is not a former name of his");
    assertTrue(team.get("/api/v1/manage/match-cases").body().contains("\"id\":" + caseId + ","));
  }

  @Test
  void onlyTheSectionsDataQualityTeamSeesAndUndoesItsLinks() {
    LocalDate born = bornYearsAgo(9);
    send("y1", record("Y-1", given("Cleo"), born, "LS21 1AB", ""));
    String cleo = result(doneReport("y1"), "Y-1").getString("childId");
    send("y2", record("Y-2", given("Cleo"), born, "LS29 8QT", ""));
    assertEquals("updated", result(doneReport("y2"), "Y-2").getString("outcome"));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    long linkId = linkOf(team, cleo, "Y-2").getJsonNumber("id").longValue();

    Api otherTeam =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager("E07" + (100000 + random.nextInt(899999)), Duty.DATA_QUALITY)));
    assertFalse(
        otherTeam.get("/api/v1/manage/links").body().contains(cleo),
        "another section never sees the link");
    assertEquals(
        404, otherTeam.post("/api/v1/manage/links/" + linkId + "/undo", reasoned("")).status());
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(403, practitioner.get("/api/v1/manage/links").status());
    assertEquals(
        403, practitioner.post("/api/v1/manage/links/" + linkId + "/undo", reasoned("")).status());
    Api shieldingOnly =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    assertEquals(
        403,
        shieldingOnly.post("/api/v1/manage/links/" + linkId + "/undo", reasoned("")).status(),
        "the duty, not the team");
    assertEquals(
        "LS29 8QT",
        records.scalar("SELECT postcode FROM child WHERE public_id = ?", cleo),
        "nothing undone by them");
    assertEquals(200, team.post("/api/v1/manage/links/" + linkId + "/undo", reasoned("")).status());
    assertEquals(
        "LS21 1AB", records.scalar("SELECT postcode FROM child WHERE public_id = ?", cleo));
  }

  @Test
  void anUndoNeverRemovesAShieldAndTheReopenedCaseIsTreatedAsShielded() {
    LocalDate born = bornYearsAgo(10);
    send("z1", record("Z-1", given("Zara"), born, "LS21 1AB", ""));
    String zara = result(doneReport("z1"), "Z-1").getString("childId");
    send("z2", record("Z-2", given("Zara"), born, "LS29 8QT", ""));
    assertEquals("updated", result(doneReport("z2"), "Z-2").getString("outcome"));
    Api team =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager(section, Duty.SHIELDING, Duty.DATA_QUALITY)));
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + zara + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());

    long linkId = linkOf(team, zara, "Z-2").getJsonNumber("id").longValue();
    Api.Answer undone = team.post("/api/v1/manage/links/" + linkId + "/undo", reasoned(""));
    assertEquals(200, undone.status(), undone.body());
    assertEquals(
        "LS21 1AB", records.scalar("SELECT postcode FROM child WHERE public_id = ?", zara));
    assertEquals(
        Boolean.TRUE,
        records.scalar("SELECT shielded FROM child WHERE public_id = ?", zara),
        "still shielded");
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM shield s JOIN child c ON c.id = s.child_id WHERE c.public_id = ?"
                        + " AND s.removed_at IS NULL",
                    zara))
            .longValue(),
        "the shield itself stands");
    long caseId = undone.json().getJsonNumber("caseId").longValue();
    JsonObject reopened =
        jakarta.json.Json.createReader(
                new java.io.StringReader(team.get("/api/v1/manage/match-cases").body()))
            .readArray()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getJsonNumber("id").longValue() == caseId)
            .findFirst()
            .orElseThrow();
    assertTrue(
        reopened.getBoolean("shielded"),
        "a case about a shielded child is treated as shielded: " + reopened);
  }

  /**
   * Two sources sending the same new children at the same moment end with one child each (rule 10):
   * each source's sets run on an executor thread of their own, side by side, and a record about to
   * create a child locks its blocks and is matched again, so it finds the child the other source's
   * set has just created. Without the lock about a fifth of them were created twice
   * (docs/benchmarks.md, "Two sources racing"). No NHS numbers: with one, the database itself
   * refuses the second child.
   */
  @Test
  void twoSourcesSendingTheSameNewChildrenAtOnceEndWithOneChildEach() throws Exception {
    int count = 300;
    List<String> firstNames = new java.util.ArrayList<>();
    List<String> families = new java.util.ArrayList<>();
    List<String> sent = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      firstNames.add(given("Racer " + i));
      families.add(given("Racer family " + i));
      sent.add(
          withFamily(
              record(
                  "R-" + i,
                  firstNames.get(i),
                  bornYearsAgo(2 + i % 14),
                  "LS" + (1 + i % 28) + " 4RR",
                  ""),
              families.get(i)));
    }
    String school = source;
    Api schoolFeed = feed;
    switchToANewSource();
    String surgery = source;
    Api surgeryFeed = feed;
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService senders =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Api.Answer>> posted = new java.util.ArrayList<>();
      for (Object[] sender :
          List.of(new Object[] {school, schoolFeed}, new Object[] {surgery, surgeryFeed})) {
        posted.add(
            senders.submit(
                () -> {
                  together.await();
                  return ((Api) sender[1])
                      .post(
                          "/api/v1/feeds/" + sender[0] + "/batches",
                          "{\"batchId\":\"race\",\"records\":[" + String.join(",", sent) + "]}");
                }));
      }
      for (java.util.concurrent.Future<Api.Answer> answer : posted) {
        assertEquals(202, answer.get().status(), answer.get().body());
      }
    } finally {
      senders.shutdown();
    }
    JsonObject surgeryReport = doneReport("race");
    source = school;
    feed = schoolFeed;
    JsonObject schoolReport = doneReport("race");
    List<String> notOne = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      long held = children(families.get(i), firstNames.get(i));
      if (held != 1) {
        notOne.add("R-" + i + ": " + held);
      }
    }
    assertEquals(
        List.of(),
        notOne,
        "each child once; school "
            + schoolReport.getJsonObject("counts")
            + ", surgery "
            + surgeryReport.getJsonObject("counts"));
    int created =
        schoolReport.getJsonObject("counts").getInt("created")
            + surgeryReport.getJsonObject("counts").getInt("created");
    assertEquals(count, created, "created once, by one source or the other");
  }

  /**
   * A batch larger than a set is applied in lanes side by side (FeedLanes): a child sent twice in
   * it, first where it lived and then after a move, ends as its later record says, once; its audit
   * entries go to each lane's own chain, and every chain stays whole.
   */
  @Test
  void aChildSentTwiceInABigBatchEndsAsItsLaterRecordSaysWhicheverLaneItIsIn() {
    int count = 200;
    List<String> firstNames = new java.util.ArrayList<>();
    List<String> families = new java.util.ArrayList<>();
    List<String> first = new java.util.ArrayList<>();
    List<String> moved = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      firstNames.add(given("Mover " + i));
      // A family of its own: siblings born close together in one district are rightly held.
      families.add(given("Mover family " + i));
      LocalDate born = bornYearsAgo(2 + i % 14);
      String district = "LS" + (1 + i % 28);
      first.add(
          withFamily(
              record("M-" + i, firstNames.get(i), born, district + " 5MM", ""), families.get(i)));
      moved.add(
          withFamily(
              record("M-" + i, firstNames.get(i), born, district + " 6NN", ""), families.get(i)));
    }
    List<String> sent = new java.util.ArrayList<>(first);
    sent.addAll(moved);
    assertEquals(202, send("movers", sent.toArray(String[]::new)).status());
    JsonObject counts = doneReport("movers").getJsonObject("counts");

    List<String> wrong = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Object[]> held =
          records.rows(
              "SELECT postcode FROM child WHERE family_name = ? AND given_names = ?",
              families.get(i),
              firstNames.get(i));
      String expected = "LS" + (1 + i % 28) + " 6NN";
      if (held.size() != 1 || !expected.equals(held.get(0)[0])) {
        wrong.add("M-" + i + ": " + held.stream().map(r -> String.valueOf(r[0])).toList());
      }
    }
    assertEquals(List.of(), wrong, "each child once, where its later record says; " + counts);
    assertEquals(count, counts.getInt("created"), counts.toString());
    assertEquals(count, counts.getInt("updated"), counts.toString());
    // The server's default: as many lanes as processors (the same machine as this test), at most
    // four, and this batch is four sets.
    long lanes = Math.min(4, Runtime.getRuntime().availableProcessors());
    assertEquals(
        lanes,
        ((Number)
                records.scalar(
                    "SELECT COUNT(DISTINCT chain_key) FROM audit_entry WHERE actor_username = ?",
                    "source:" + source))
            .longValue(),
        "each lane wrote to a chain of its own");
    var report = records.verifyTrail();
    assertTrue(report.intact(), () -> report.brokenLinks().toString());
  }
}
