package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.audit.control.VerificationReport;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * The audit trail in the real server, on H2 and PostgreSQL: every act leaves exactly its events, an
 * act whose audit fails fails, denials are recorded, the chains hold under concurrent writes and
 * name the first tampered link, a purge keeps them valid, and practitioners cannot read them.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";
  private static final String SECTION = "E08000035";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(AuditTrailIT.class);
  }

  @EJB TestRecords records;

  private static String randomFamilyName(String first) {
    StringBuilder family = new StringBuilder(first);
    Random random = new Random();
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + random.nextInt(26)));
    }
    return family.toString();
  }

  private String child(String family, String section) {
    return child(family, section, birthDate());
  }

  private String child(String family, String section, LocalDate born) {
    return records.create(ChildSpec.named("Ava", family, born).inSection(section));
  }

  /** Never the demo Kelly's birthday (see JourneyIT). */
  private static LocalDate birthDate() {
    return LocalDate.now().minusYears(3).minusDays(new Random().nextInt(2500));
  }

  /** action/outcome of the user's events, oldest first. */
  private List<String> events(String username) {
    return records
        .rows(
            "SELECT action, outcome FROM audit_entry WHERE actor_username = ? ORDER BY occurred_at, id",
            username)
        .stream()
        .map(r -> r[0] + "/" + r[1])
        .toList();
  }

  private String detailOf(String username, String action) {
    Object detail =
        records.scalar(
            "SELECT d.content FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id"
                + " WHERE e.actor_username = ? AND e.action = ? ORDER BY e.occurred_at DESC, e.id DESC",
            username,
            action);
    return detail == null ? null : detail.toString();
  }

  private static boolean onPostgres() {
    return "postgresql".equals(System.getProperty("cp.db.vendor"));
  }

  @Test
  void eachActLeavesExactlyItsEventsWithWhoWhatWhereAndTheDetailApart() {
    String family = randomFamilyName("Audit");
    LocalDate born = birthDate();
    String child = child(family, SECTION, born);
    TestAccount me = records.createAccount(AccountSpec.practitioner());
    Api api = Api.loggedIn(me);
    Api.Answer search =
        api.search("{\"name\":\"Ava " + family + "\",\"dateOfBirth\":\"" + born + "\"}");
    assertEquals(200, search.status(), search.body());
    assertEquals(200, api.post("/api/v1/children/" + child + "/access", REASON).status());
    long involvement =
        api.post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        200,
        api.post(
                "/api/v1/children/" + child + "/involvements/" + involvement + "/end",
                "{\"endDate\":\"" + LocalDate.now() + "\"}")
            .status());
    assertEquals(204, api.delete("/api/v1/session").status());

    assertEquals(
        List.of(
            "LOGIN/SUCCESS",
            "SEARCH/SUCCESS",
            "RECORD_ACCESS/SUCCESS",
            "INVOLVEMENT_ADDED/SUCCESS",
            "INVOLVEMENT_ENDED/SUCCESS",
            "LOGOUT/SUCCESS"),
        events(me.username()));

    // Who, role, organisation, section and address on every entry; the record on the record's
    // events.
    List<Object[]> who =
        records.rows(
            "SELECT actor_roles, actor_organisation_id, actor_section_id, client_address, child_ref"
                + " FROM audit_entry WHERE actor_username = ? AND action = 'RECORD_ACCESS'",
            me.username());
    assertEquals("PRACTITIONER", who.get(0)[0]);
    assertEquals(me.organisationId(), ((Number) who.get(0)[1]).longValue());
    assertNotNull(who.get(0)[2]);
    assertNotNull(who.get(0)[3], "from which address");
    assertEquals(child, who.get(0)[4]);

    // Personal values only in the detail rows: criteria and returned ids, reason, before and after.
    String criteria = detailOf(me.username(), "SEARCH");
    assertTrue(
        criteria.contains(family.toUpperCase())
            || criteria.toLowerCase().contains(family.toLowerCase()),
        criteria);
    assertTrue(criteria.contains(child), "the ids returned: " + criteria);
    assertTrue(detailOf(me.username(), "RECORD_ACCESS").contains("COORDINATE_SUPPORT"));
    String ended = detailOf(me.username(), "INVOLVEMENT_ENDED");
    assertTrue(
        ended.contains("\"before\"")
            && ended.contains("\"after\"")
            && ended.contains(LocalDate.now().toString()),
        ended);
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND "
                        + "(LOWER(target_ref) LIKE ? OR LOWER(child_ref) LIKE ?)",
                    me.username(),
                    "%" + family.toLowerCase() + "%",
                    "%" + family.toLowerCase() + "%"))
            .longValue(),
        "no name in an entry");
  }

  /**
   * Every refusal is audited, but nobody can fill the trail (kept for years) with what they type: a
   * long typed username, or a long justification sent before the right is checked, is kept as its
   * length and digest.
   */
  @Test
  void nobodyFloodsTheTrailWithWhatTheyType() {
    java.sql.Timestamp since = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
    String typed = "u".repeat(50_000);
    Api.Answer login =
        new Api()
            .post(
                "/api/v1/session",
                "{\"username\":\""
                    + typed
                    + "\",\"password\":\"x\",\"pin\":\"1234\","
                    + "\"code\":\"000000\"}");
    assertEquals(401, login.status(), login.body());
    String child =
        records.create(
            ChildSpec.named("Flood", randomFamilyName("Flood"), LocalDate.now().minusYears(5))
                .inSection(SECTION));
    TestAccount practitioner = records.createAccount(AccountSpec.practitioner());
    Api.Answer override =
        Api.loggedIn(practitioner)
            .post(
                "/api/v1/children/" + child + "/override",
                "{\"justification\":\"" + "j".repeat(50_000) + "\",\"warningAcknowledged\":true}");
    assertEquals(403, override.status(), "no right to override");
    List<Object[]> details =
        records.rows(
            "SELECT e.action, e.outcome, LENGTH(d.content) FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id"
                + " WHERE e.occurred_at >= ? AND e.action IN ('LOGIN', 'SHIELD_OVERRIDE')",
            since);
    assertTrue(
        details.stream().anyMatch(row -> "LOGIN".equals(String.valueOf(row[0]))),
        "the refused login is audited");
    assertTrue(
        details.stream().anyMatch(row -> "SHIELD_OVERRIDE".equals(String.valueOf(row[0]))),
        "the refused override is audited");
    details.forEach(
        row ->
            assertTrue(
                ((Number) row[2]).intValue() < 2_000,
                "kept bounded: " + java.util.Arrays.toString(row)));
  }

  @Test
  void refusedLoginsAndTheLockoutAreRecorded() {
    TestAccount me = records.createAccount(AccountSpec.practitioner());
    Api api = new Api();
    for (int i = 0; i < 5; i++) {
      // A wrong PIN (test PINs are 1000 to 9999) and a wrong code: refused whatever the code.
      assertEquals(
          401, api.post("/api/v1/session", me.loginJson(me.password(), "0000", "000000")).status());
    }
    List<String> events = events(me.username());
    assertEquals(
        List.of("LOGIN/DENIED", "LOGIN/DENIED", "LOGIN/DENIED", "LOGIN/DENIED", "LOGIN/LOCKED_OUT"),
        events);
    assertTrue(detailOf(me.username(), "LOGIN").contains("locked"));
  }

  @Test
  void aDeniedCallLeavesOneEventAndAPractitionerCannotReadTheTrail() {
    TestAccount me = records.createAccount(AccountSpec.practitioner());
    Api api = Api.loggedIn(me);
    assertEquals(403, api.post("/api/v1/audit/searches", "{}").status());
    List<Object[]> denied =
        records.rows(
            "SELECT action, outcome, target_ref FROM audit_entry WHERE actor_username = ? AND action <> 'LOGIN'",
            me.username());
    assertEquals(1, denied.size(), "one event for one denied call");
    assertEquals("ACCESS_DENIED", denied.get(0)[0]);
    assertEquals("DENIED", denied.get(0)[1]);
    assertEquals("method:AuditReview.search", denied.get(0)[2]);
    assertEquals(403, api.get("/api/v1/audit/children/anything/accesses").status());
    assertEquals(403, api.post("/api/v1/audit/verifications", "").status());
    // A manager without the audit-review duty is refused too.
    Api manager = Api.loggedIn(records.createAccount(AccountSpec.manager(SECTION, Duty.SHIELDING)));
    assertEquals(403, manager.post("/api/v1/audit/searches", "{}").status());
  }

  @Test
  void anActWhoseAuditCannotBeWrittenFailsAndLeavesNothing() {
    String child = child(randomFamilyName("Breaker"), SECTION);
    TestAccount me = records.createAccount(AccountSpec.practitioner());
    Api api = Api.loggedIn(me);
    String constraint = "audit_test_refuses_" + me.username();
    // Refuses this user's entries for these two acts only (the login already written must still
    // pass).
    records.execute(
        "ALTER TABLE audit_entry ADD CONSTRAINT "
            + constraint
            + " CHECK (action NOT IN ('INVOLVEMENT_ADDED', 'RECORD_ACCESS')"
            + " OR actor_username <> '"
            + me.username()
            + "')");
    try {
      Api.Answer refused =
          api.post(
              "/api/v1/children/" + child + "/involvements",
              "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}");
      assertEquals(500, refused.status(), refused.body());
      Api.Answer notShown = api.post("/api/v1/children/" + child + "/access", REASON);
      assertEquals(500, notShown.status(), "a view that was not audited did not happen");
      assertFalse(notShown.body().contains("Breaker"));
    } finally {
      records.execute("ALTER TABLE audit_entry DROP CONSTRAINT " + constraint);
    }
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM involvement i JOIN child c ON c.id = i.child_id WHERE c.public_id = ?",
                    child))
            .longValue(),
        "the involvement was rolled back with its audit");
  }

  /**
   * An act's last writes (here the notices an ended involvement sends) go to the database before
   * its audit entry, inside the act: one that fails there is recorded as a failed act, not lost at
   * the commit after the audit has said it succeeded.
   */
  @Test
  void anActWhoseOwnWriteFailsBeforeItsAuditIsRecordedAsFailed() {
    String child = child(randomFamilyName("Unsent"), SECTION);
    Api other = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    TestAccount me = records.createAccount(AccountSpec.practitioner());
    Api api = Api.loggedIn(me);
    String body = "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}";
    assertEquals(201, other.post("/api/v1/children/" + child + "/involvements", body).status());
    long mine =
        api.post("/api/v1/children/" + child + "/involvements", body)
            .json()
            .getJsonNumber("id")
            .longValue();
    long myPractitioner =
        ((Number)
                records.scalar(
                    "SELECT practitioner_id FROM user_account WHERE username = ?", me.username()))
            .longValue();
    String constraint = "notice_test_refuses_" + me.username();
    records.execute(
        "ALTER TABLE notification ADD CONSTRAINT "
            + constraint
            + " CHECK (kind <> 'ENDED' OR actor_id <> "
            + myPractitioner
            + ")");
    try {
      Api.Answer refused =
          api.post(
              "/api/v1/children/" + child + "/involvements/" + mine + "/end",
              "{\"endDate\":\"" + LocalDate.now() + "\"}");
      assertEquals(500, refused.status(), refused.body());
    } finally {
      records.execute("ALTER TABLE notification DROP CONSTRAINT " + constraint);
    }
    assertTrue(
        events(me.username()).contains("INVOLVEMENT_ENDED/FAILED"),
        () -> events(me.username()).toString());
    assertFalse(events(me.username()).contains("INVOLVEMENT_ENDED/SUCCESS"));
    assertEquals(
        null,
        records.scalar("SELECT end_date FROM involvement WHERE id = ?", mine),
        "the involvement is not ended");
  }

  @Test
  void fiftyConcurrentRecordAccessesKeepEveryChainValid() throws Exception {
    String child = child(randomFamilyName("Busy"), SECTION);
    List<Api> sessions = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      sessions.add(Api.loggedIn(records.createAccount(AccountSpec.practitioner())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(25);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (Api api : sessions) {
        answers.add(
            pool.submit(() -> api.post("/api/v1/children/" + child + "/access", REASON).status()));
      }
      for (Future<Integer> answer : answers) {
        assertEquals(200, answer.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(
        50L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE child_ref = ? AND action = 'RECORD_ACCESS'",
                    child))
            .longValue());
    VerificationReport report = records.verifyTrail();
    assertTrue(report.intact(), () -> report.brokenLinks().toString());
    Api auditor = Api.loggedIn(records.createAccount(AccountSpec.auditor()));
    JsonObject overApi = auditor.post("/api/v1/audit/verifications", "").json();
    assertTrue(overApi.getBoolean("intact"), overApi.toString());
    assertTrue(overApi.getJsonNumber("entriesVerified").longValue() >= 50);
  }

  /**
   * Entries are written without EclipseLink but take their ids from the sequence it uses: in steps
   * of fifty, each side past a step of its own, so no id is handed out twice.
   */
  @Test
  void entriesWrittenBesideEntitiesNeverShareAnIdWithThem() {
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    for (int i = 0; i < 60; i++) {
      // A child and an involvement written by EclipseLink, two audit entries beside them.
      String child = child(randomFamilyName("Interleaved"), SECTION);
      Api.Answer added =
          api.post(
              "/api/v1/children/" + child + "/involvements",
              "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}");
      assertEquals(201, added.status(), added.body());
      assertEquals(200, api.post("/api/v1/children/" + child + "/access", REASON).status());
    }
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry e WHERE e.id IN (SELECT id FROM child)"
                        + " OR e.id IN (SELECT id FROM involvement)"))
            .longValue(),
        "an audit entry took an entity's id");
    assertEquals(
        0L,
        ((Number) records.scalar("SELECT COUNT(*) - COUNT(DISTINCT id) FROM audit_entry"))
            .longValue(),
        "two audit entries share an id");
    VerificationReport report = records.verifyTrail();
    assertTrue(report.intact(), () -> report.brokenLinks().toString());
  }

  @Test
  void aHandEditedEntryOrDetailIsFoundAndNamedAndAPurgeKeepsTheChainValid() {
    String child = child(randomFamilyName("Tamper"), SECTION);
    TestAccount me = records.createAccount(AccountSpec.practitioner());
    Api api = Api.loggedIn(me);
    api.post(
        "/api/v1/children/" + child + "/access",
        "{\"reason\":\"OTHER\",\"reasonText\":\"asked by the family\"}");
    long entry =
        ((Number)
                records.scalar(
                    "SELECT id FROM audit_entry WHERE child_ref = ? AND action = 'RECORD_ACCESS'",
                    child))
            .longValue();
    String content =
        records.scalar("SELECT content FROM audit_detail WHERE entry_id = ?", entry).toString();

    // The detail row altered: refused on PostgreSQL; when forced past the trigger, named.
    VerificationReport[] result = new VerificationReport[1];
    if (onPostgres()) {
      assertThrows(
          Exception.class,
          () ->
              records.execute("UPDATE audit_detail SET content = '{}' WHERE entry_id = ?", entry));
    }
    withTriggerOff(
        "audit_detail",
        "audit_detail_unchangeable",
        () -> {
          records.execute(
              "UPDATE audit_detail SET content = ? WHERE entry_id = ?",
              content.replace("asked by the family", "nothing"),
              entry);
          result[0] = records.verifyTrail();
          records.execute("UPDATE audit_detail SET content = ? WHERE entry_id = ?", content, entry);
        });
    VerificationReport editedDetail = result[0];
    assertFalse(editedDetail.intact());
    assertTrue(
        editedDetail.brokenLinks().stream()
            .anyMatch(b -> entry == b.entryId() && b.problem().contains("detail")),
        editedDetail.brokenLinks().toString());
    assertTrue(records.verifyTrail().intact(), "restored");

    // The entry itself altered: refused on PostgreSQL; when forced past the trigger, named.
    if (onPostgres()) {
      assertThrows(
          Exception.class,
          () ->
              records.execute(
                  "UPDATE audit_entry SET child_ref = 'someone-else' WHERE id = ?", entry),
          "the trigger refuses UPDATE");
      assertThrows(
          Exception.class,
          () -> records.execute("DELETE FROM audit_entry WHERE id = ?", entry),
          "and DELETE");
      String partition =
          records
              .scalar("SELECT tableoid::regclass::text FROM audit_entry WHERE id = ?", entry)
              .toString();
      assertTrue(
          partition.startsWith("audit_entry_2"), "entries are partitioned by month: " + partition);
      withTriggerOff(
          partition, "audit_entry_append_only", () -> tamperAndRestoreEntry(entry, child));
    } else {
      tamperAndRestoreEntry(entry, child);
    }

    // A detail row deleted by hand (not by the purge): named.
    withTriggerOff(
        "audit_detail",
        "audit_detail_unchangeable",
        () -> {
          records.execute("DELETE FROM audit_detail WHERE entry_id = ?", entry);
          VerificationReport lost = records.verifyTrail();
          records.execute(
              "INSERT INTO audit_detail (entry_id, content, search_surname) VALUES (?, ?, NULL)",
              entry,
              content);
          assertTrue(
              lost.brokenLinks().stream()
                  .anyMatch(
                      b -> entry == b.entryId() && b.problem().contains("lost its detail row")),
              lost.brokenLinks().toString());
        });
    assertTrue(records.verifyTrail().intact(), "restored");

    // The lifecycle purge deletes the child's details; the chain still holds.
    assertTrue(records.purgeAuditDetails(child) >= 1);
    assertEquals(
        0L,
        ((Number) records.scalar("SELECT COUNT(*) FROM audit_detail WHERE entry_id = ?", entry))
            .longValue());
    VerificationReport afterPurge = records.verifyTrail();
    assertTrue(afterPurge.intact(), () -> afterPurge.brokenLinks().toString());
  }

  @Test
  void aChainRewrittenWithoutTheAuditKeyIsFoundThoughEveryPlainHashAgrees() {
    String chain = records.writeChainNow();
    assertTrue(records.verifyTrail().intact(), "written under the key");
    assertTrue(
        records.verifyTrailWithoutKeys().brokenLinks().stream()
            .anyMatch(b -> b.chainKey().equals(chain) && b.problem().contains("was not given")),
        "a keyed entry cannot be checked without its key");
    String partition =
        onPostgres()
            ? records
                .scalar(
                    "SELECT tableoid::regclass::text FROM audit_entry WHERE chain_key = ? FETCH FIRST 1 ROWS ONLY",
                    chain)
                .toString()
            : "audit_entry";
    VerificationReport[] rewritten = new VerificationReport[2];
    withTriggerOff(
        partition,
        "audit_entry_append_only",
        () -> {
          records.rewriteChain(chain, false);
          rewritten[0] = records.verifyTrailWithoutKeys();
          rewritten[1] = records.verifyTrail();
          records.rewriteChain(chain, true);
        });
    // Without a key (as before the audit key), a rewrite with plain SHA-256 verifies: nothing shows
    // it.
    assertTrue(
        rewritten[0].brokenLinks().stream().noneMatch(b -> b.chainKey().equals(chain)),
        rewritten[0].brokenLinks().toString());
    assertTrue(
        rewritten[1].brokenLinks().stream()
            .anyMatch(b -> b.chainKey().equals(chain) && b.problem().contains("audit key")),
        rewritten[1].brokenLinks().toString());
    assertTrue(records.verifyTrail().intact(), "restored under the key");
  }

  /**
   * An installation upgraded to the audit key (or given a new one) has chains written without it:
   * at start each is sealed by one keyed entry, and from then on verifies under the key.
   */
  @Test
  void aChainWrittenBeforeTheAuditKeyIsSealedWithItAtStart() {
    String chain = records.writeChainNow();
    String partition =
        onPostgres()
            ? records
                .scalar(
                    "SELECT tableoid::regclass::text FROM audit_entry WHERE chain_key = ? FETCH FIRST 1 ROWS ONLY",
                    chain)
                .toString()
            : "audit_entry";
    withTriggerOff(partition, "audit_entry_append_only", () -> records.rewriteChain(chain, false));
    assertTrue(
        records.verifyTrail().brokenLinks().stream().anyMatch(b -> b.chainKey().equals(chain)),
        "unkeyed, as before the key");
    assertTrue(records.adoptTheAuditKey() >= 1);
    assertTrue(
        records.verifyTrail().intact(), () -> records.verifyTrail().brokenLinks().toString());
    assertEquals(
        "AUDIT_KEY_ADOPTED",
        records.scalar(
            "SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY",
            chain));
    assertEquals(0L, records.adoptTheAuditKey(), "a sealed chain is not sealed again");
  }

  @Test
  void theApplicationsRoleCanNeitherDropAMonthOfTheTrailNorLiftItsTrigger() {
    if (!onPostgres()) {
      // H2 (demo only) has neither partitions nor roles: retention deletes rows there.
      assertEquals(
          0L,
          ((Number)
                  records.scalar(
                      "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'AUDIT_ENTRY_2%'"))
              .longValue());
      return;
    }
    java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
    String partition =
        "audit_entry_" + now.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
    String drop = records.asTheApplicationRole("DROP TABLE " + partition);
    assertTrue(drop != null && drop.contains("must be owner"), "DROP TABLE: " + drop);
    String trigger =
        records.asTheApplicationRole(
            "ALTER TABLE " + partition + " DISABLE TRIGGER audit_entry_append_only");
    assertTrue(trigger != null && trigger.contains("must be owner"), "ALTER TABLE: " + trigger);
    String tooYoung =
        records.asTheApplicationRole("SELECT audit_drop_month(?)", now.minusMonths(83).atDay(1));
    assertTrue(
        tooYoung != null && tooYoung.contains("may not be dropped yet"),
        "audit_drop_month: " + tooYoung);
    assertEquals(
        null,
        records.asTheApplicationRole("SELECT audit_add_month(?)", now.plusMonths(14).atDay(1)),
        "the nightly job still adds the months ahead through the owner's function");
    assertTrue(
        records.asTheApplicationRole("UPDATE audit_retention_floor SET months = 1") != null,
        "the floor is the owner's");
    assertEquals(
        1L,
        ((Number) records.scalar("SELECT COUNT(*) FROM pg_class WHERE relname = ?", partition))
            .longValue(),
        "the month is still there");
  }

  /**
   * The owner of the tables (as the tests connect) may lift a trigger; the application's role
   * should not own them (docs/security.md).
   */
  private void withTriggerOff(String table, String trigger, Runnable tampering) {
    if (!onPostgres()) {
      tampering.run();
      return;
    }
    records.execute("ALTER TABLE " + table + " DISABLE TRIGGER " + trigger);
    try {
      tampering.run();
    } finally {
      records.execute("ALTER TABLE " + table + " ENABLE TRIGGER " + trigger);
    }
  }

  private void tamperAndRestoreEntry(long entry, String child) {
    records.execute("UPDATE audit_entry SET child_ref = 'someone-else' WHERE id = ?", entry);
    VerificationReport edited = records.verifyTrail();
    records.execute("UPDATE audit_entry SET child_ref = ? WHERE id = ?", child, entry);
    assertFalse(edited.intact());
    assertTrue(
        edited.brokenLinks().stream()
            .anyMatch(b -> entry == b.entryId() && b.problem().contains("altered")),
        edited.brokenLinks().toString());
    assertTrue(records.verifyTrail().intact(), "restored");
  }

  @Test
  void reviewersReadTheirSectionAuditorsTheCountryAndEveryReadingIsAudited() {
    String section = "E0" + (7000000 + new Random().nextInt(999999));
    String child = child(randomFamilyName("Looked"), section);
    TestAccount looker = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api.loggedIn(looker)
        .post(
            "/api/v1/children/" + child + "/access",
            "{\"reason\":\"OTHER\",\"reasonText\":\"school transfer\"}");

    TestAccount reviewer = records.createAccount(AccountSpec.manager(section, Duty.AUDIT_REVIEW));
    Api review = Api.loggedIn(reviewer);
    Api.Answer who = review.get("/api/v1/audit/children/" + child + "/accesses");
    assertEquals(200, who.status(), who.body());
    assertTrue(
        who.body().contains(looker.username())
            && who.body().contains("school transfer")
            && who.body().contains("OTHER"),
        who.body());

    Api.Answer mine =
        review.post("/api/v1/audit/searches", "{\"username\":\"" + looker.username() + "\"}");
    assertEquals(200, mine.status(), mine.body());
    assertEquals(
        2,
        mine.json().getJsonArray("events").size(),
        "the login and the record access: " + mine.body());

    // Another section's reviewer sees neither the user's events nor the record's readers.
    Api stranger =
        Api.loggedIn(records.createAccount(AccountSpec.manager(SECTION, Duty.AUDIT_REVIEW)));
    assertEquals(
        0,
        stranger
            .post("/api/v1/audit/searches", "{\"username\":\"" + looker.username() + "\"}")
            .json()
            .getJsonArray("events")
            .size());
    assertEquals(403, stranger.get("/api/v1/audit/children/" + child + "/accesses").status());

    // The auditor reads nationally and exports; both readings are in the trail.
    TestAccount auditorAccount = records.createAccount(AccountSpec.auditor());
    Api auditor = Api.loggedIn(auditorAccount);
    Api.Answer csv =
        auditor.postAccepting(
            "/api/v1/audit/exports",
            "{\"username\":\"" + looker.username() + "\",\"action\":\"RECORD_ACCESS\"}",
            "text/csv");
    assertEquals(200, csv.status());
    assertTrue(csv.contentType().startsWith("text/csv"));
    assertEquals(2, csv.body().strip().split("\r\n").length, csv.body());
    assertTrue(csv.body().contains(child));
    assertEquals(
        List.of("LOGIN/SUCCESS", "AUDIT_EXPORTED/SUCCESS"), events(auditorAccount.username()));
    assertTrue(events(reviewer.username()).contains("AUDIT_SEARCHED/SUCCESS"));
    assertEquals(422, auditor.post("/api/v1/audit/searches", "{\"action\":\"PEEKING\"}").status());
    assertEquals(
        422,
        auditor
            .post("/api/v1/audit/searches", "{\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}")
            .status());
  }

  /**
   * The command-line verifier, run as an operator would: its own JVM, the persistence jar and the
   * JDBC driver, straight against the database. On PostgreSQL it proves the trail intact; the H2
   * file is held by the running server, so there it must say so and stop with status 2.
   */
  @Test
  @RunAsClient
  void theCommandLineVerifierReadsTheDatabaseItself() throws Exception {
    boolean postgres = "postgresql".equals(System.getProperty("cp.db.vendor"));
    Path modules = Path.of(System.getProperty("cp.server.home"), "modules");
    Path driver;
    try (Stream<Path> files = Files.walk(modules)) {
      String wanted = postgres ? "postgresql-" : "h2-";
      driver =
          files
              .filter(
                  f ->
                      f.getFileName().toString().startsWith(wanted)
                          && f.toString().endsWith(".jar"))
              .findFirst()
              .orElseThrow();
    }
    String url =
        postgres
            ? Optional.ofNullable(System.getenv("CP_DB_URL"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/contactpoint")
            : "jdbc:h2:" + System.getProperty("cp.test.data.dir") + "/contactpoint/contactpoint";
    ProcessBuilder command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("cp.persistence.jar") + java.io.File.pathSeparator + driver,
                "uk.contactpoint.audit.cli.VerifyAuditTrail",
                url,
                Optional.ofNullable(System.getenv("CP_DB_USER")).orElse("contactpoint"),
                Optional.ofNullable(System.getenv("CP_DB_PASSWORD")).orElse("contactpoint"))
            .redirectErrorStream(true);
    // The key the server seals with (the test server runs in demo mode), from the environment as an
    // operator gives it.
    command.environment().put("CP_AUDIT_KEY", uk.contactpoint.audit.control.AuditKeys.DEMO_KEY);
    Process verifier = command.start();
    String output =
        new String(
            verifier.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(verifier.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
    if (postgres) {
      assertEquals(0, verifier.exitValue(), output);
      assertTrue(output.contains("The audit trail is intact"), output);
    } else {
      assertEquals(2, verifier.exitValue(), output);
      assertTrue(output.contains("Could not verify the audit trail"), output);
    }
  }

  @Test
  void retentionRemovesWholeOldMonthsAndEveryChainStillVerifies() {
    java.time.YearMonth old = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(10);
    records.ensureAuditPartition(old);
    String chain = records.writeOldChain(old);
    assertTrue(records.verifyTrail().intact());
    if (onPostgres()) {
      // The owner's floor (84 months) keeps this month: the job removes nothing younger.
      assertEquals(
          0,
          records.applyAuditRetention(old.plusMonths(1)),
          "younger than the owner's retention floor");
      records.setAuditRetentionFloor(1);
    }
    try {
      assertTrue(records.applyAuditRetention(old.plusMonths(1)) >= 2);
    } finally {
      if (onPostgres()) {
        records.setAuditRetentionFloor(84);
      }
    }
    assertEquals(
        1L,
        ((Number) records.scalar("SELECT COUNT(*) FROM audit_entry WHERE chain_key = ?", chain))
            .longValue(),
        "the old month went, today's entry stayed");
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_detail WHERE content LIKE ?", "%" + chain + "%"))
            .longValue(),
        "with the old entries' details");
    VerificationReport after = records.verifyTrail();
    assertTrue(after.intact(), () -> after.brokenLinks().toString());
    assertEquals(
        0, records.applyAuditRetention(old.plusMonths(1)), "a second run removes nothing more");
  }
}
