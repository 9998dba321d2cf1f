package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;
import uk.contactpoint.lifecycle.boundary.RecordLifecycle;

/**
 * The record lifecycle (rule 8) with a moved clock: the job runs for a day the test chooses, on a
 * section of the test's own (so the rest of the database, the demo included, is left alone).
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(LifecycleIT.class);
  }

  @EJB TestRecords records;
  @EJB RecordLifecycle lifecycle;

  private final Random random = new Random();
  private String section;
  private String family;
  private LocalDate today;

  private String letters(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @BeforeEach
  void aSectionOfItsOwn() {
    section = "E07" + (100000 + random.nextInt(899999));
    family = letters(9);
    today = LocalDate.now();
  }

  private String child(String given, LocalDate born) {
    return records.create(ChildSpec.named(given, family, born).inSection(section));
  }

  private String archived(String child) {
    return (String) records.scalar("SELECT archive_reason FROM child WHERE public_id = ?", child);
  }

  @Test
  void atEighteenARecordIsArchivedAndLeavesPractitionersAndSearchButNotItsTeamForAYear() {
    String adult = child("Aaron", today.minusYears(18));
    String younger = child("Bella", today.minusYears(18).plusDays(1));
    assertEquals(1, lifecycle.runForSection(today, section).archived());
    assertEquals("AGE_18", archived(adult));
    assertEquals(null, archived(younger), "a day short of 18");
    assertEquals(0, lifecycle.runForSection(today, section).archived(), "run again: nothing more");

    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(404, practitioner.post("/api/v1/children/" + adult + "/access", REASON).status());
    assertFalse(
        practitioner
            .search(
                "{\"name\":\"Aaron "
                    + family
                    + "\",\"dateOfBirth\":\""
                    + today.minusYears(18)
                    + "\"}")
            .body()
            .contains(adult));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section)));
    assertEquals(
        200,
        team.post("/api/v1/children/" + adult + "/access", REASON).status(),
        "the section's team, within a year");
    var operatorAccount = records.createAccount(AccountSpec.admin());
    Api operator = Api.loggedIn(operatorAccount);
    String statutory = "/api/v1/admin/archived-records/" + adult + "/statutory-access";
    String purpose =
        "{\"purpose\":\"SERIOUS_CASE_REVIEW\",\"justification\":\"Safeguarding practice review 2026/04\"}";
    assertEquals(
        409,
        operator.post(statutory, purpose).status(),
        "within the year the team holds it, not the operators");

    records.execute(
        "UPDATE child SET archived_on = ? WHERE public_id = ?",
        java.sql.Date.valueOf(today.minusYears(1)),
        adult);
    assertEquals(
        404,
        team.post("/api/v1/children/" + adult + "/access", REASON).status(),
        "a year on, not even the team");
    assertEquals(
        403, team.post(statutory, purpose).status(), "the statutory door is the operators' only");
    assertEquals(403, practitioner.post(statutory, purpose).status());
    Api.Answer noPurpose = operator.post(statutory, "{\"justification\":\"Curious\"}");
    assertEquals(422, noPurpose.status());
    assertTrue(noPurpose.body().contains("purpose"), noPurpose.body());
    assertEquals(
        422,
        operator.post(statutory, "{\"purpose\":\"CHILD_DEATH_REVIEW\"}").status(),
        "the enquiry must be named");
    Api.Answer opened = operator.post(statutory, purpose);
    assertEquals(200, opened.status(), opened.body());
    assertEquals(family, opened.json().getJsonObject("name").getString("family"));
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'ARCHIVED_RECORD_OPENED'"
                        + " AND outcome = 'SUCCESS' AND child_ref = ?",
                    operatorAccount.username(),
                    adult))
            .longValue(),
        "audited");
    records.scanAlerts();
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_alert WHERE subject_username = ? AND rule = 'ARCHIVED_RECORD'",
                    operatorAccount.username()))
            .longValue(),
        "and alerted, every time");
    assertEquals(
        404,
        operator
            .post("/api/v1/admin/archived-records/no-such-record/statutory-access", purpose)
            .status());
  }

  @Test
  void anExtensionKeepsCarersNotParentsUntilConsentIsWithdrawn() {
    String leaver = child("Cara", today.minusYears(18).plusDays(10));
    records.addCarer(leaver, "Mother " + family, Relationship.MOTHER, "07700 900101");
    records.addCarer(leaver, "Foster " + family, Relationship.FOSTER_CARER, "07700 900102");
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section)));
    String path = "/api/v1/manage/children/" + leaver + "/extension";
    assertEquals(
        422,
        team.post(
                path,
                "{\"category\":\"CARE_LEAVER\",\"consentNote\":\"She agreed\",\"endsOn\":\""
                    + today.minusYears(18).plusDays(10).plusYears(26)
                    + "\"}")
            .status(),
        "never past the 25th birthday");
    assertEquals(
        201,
        team.post(
                path,
                "{\"category\":\"CARE_LEAVER\",\"consentNote\":\"She agreed, and understood\",\"endsOn\":\""
                    + today.plusYears(3)
                    + "\"}")
            .status());
    assertEquals(
        404,
        Api.loggedIn(
                records.createAccount(
                    AccountSpec.manager("E07" + (100000 + random.nextInt(899999)))))
            .post(
                path,
                "{\"category\":\"CARE_LEAVER\",\"consentNote\":\"x\",\"endsOn\":\""
                    + today.plusYears(3)
                    + "\"}")
            .status());

    RecordLifecycle.Run atEighteen = lifecycle.runForSection(today.plusDays(10), section);
    assertEquals(0, atEighteen.archived());
    assertEquals(1, atEighteen.parentsDropped());
    assertEquals(
        List.of("FOSTER_CARER"),
        records
            .rows(
                "SELECT relationship FROM parent_carer p JOIN child c ON c.id = p.child_id"
                    + " WHERE c.public_id = ?",
                leaver)
            .stream()
            .map(r -> String.valueOf(r[0]))
            .toList(),
        "from 18, carers only");

    assertEquals(204, team.post(path + "/withdrawal", "{}").status());
    lifecycle.runForSection(today.plusDays(11), section);
    assertEquals("CONSENT_WITHDRAWN", archived(leaver));
  }

  @Test
  void aYearAfterADeathTheRecordIsArchived() {
    String died = child("Dara", today.minusYears(7));
    String diedLately = child("Eden", today.minusYears(7));
    records.execute(
        "UPDATE child SET date_of_death = ? WHERE public_id = ?",
        java.sql.Date.valueOf(today.minusYears(1)),
        died);
    records.execute(
        "UPDATE child SET date_of_death = ? WHERE public_id = ?",
        java.sql.Date.valueOf(today.minusMonths(6)),
        diedLately);
    lifecycle.runForSection(today, section);
    assertEquals("DEATH", archived(died));
    assertEquals(null, archived(diedLately));
  }

  @Test
  void sixYearsAfterArchivingNothingOfTheChildIsLeftAnywhereAndTheTrailStillVerifies() {
    String given = letters(10);
    String phone =
        "01632 " + (100000 + random.nextInt(899999)); // a drama number: no demo phone looks like it
    String gone = child(given, today.minusYears(18).minusDays(3));
    records.addCarer(gone, "Carer " + family, Relationship.GRANDPARENT, phone);
    records.involve(
        gone, "Worker " + letters(8), "Youth worker", false, today.minusMonths(3), null);
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section)));
    assertEquals(
        200,
        team.post(
                "/api/v1/children/" + gone + "/access",
                "{\"reason\":\"OTHER\",\"reasonText\":\"checking " + given + "\"}")
            .status());
    assertFalse(records.columnsHolding(given).isEmpty(), "the sentinel is really there before");
    // A duplicate merged into it: never archived itself, it must go with the record it joined.
    String duplicateGiven = letters(10);
    String duplicatePhone = "01632 " + (100000 + random.nextInt(899999));
    String duplicate = child(duplicateGiven, today.minusYears(18).minusDays(3));
    records.addCarer(duplicate, "Carer " + family, Relationship.GRANDPARENT, duplicatePhone);
    Api dataQuality =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    assertEquals(
        201,
        dataQuality
            .post(
                "/api/v1/manage/merges",
                "{\"survivorId\":\""
                    + gone
                    + "\",\"duplicateId\":\""
                    + duplicate
                    + "\",\"reason\":\"Keyed twice\"}")
            .status());

    lifecycle.runForSection(today, section);
    assertEquals("AGE_18", archived(gone));
    assertEquals(
        0,
        lifecycle.runForSection(today.plusYears(6).minusDays(1), section).purged(),
        "not a day early");
    assertEquals(1, lifecycle.runForSection(today.plusYears(6), section).purged());

    for (String sentinel : List.of(given, family, phone, duplicateGiven, duplicatePhone)) {
      assertEquals(List.of(), records.columnsHolding(sentinel), sentinel + " is still held");
    }
    assertEquals(
        1,
        ((Number) records.scalar("SELECT COUNT(*) FROM record_tombstone WHERE child_ref = ?", gone))
            .intValue());
    assertEquals(
        1,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM record_tombstone WHERE child_ref = ?", duplicate))
            .intValue(),
        "the merged duplicate is purged with it");
    assertTrue(
        records.verifyTrail().intact(), "the audit chain still verifies: " + records.verifyTrail());
  }

  @Test
  void aCorrectionIsRecordedAssignedAndResolvedWithinItsMonthAndOverdueOnesAreListed() {
    String child = child("Gina", today.minusYears(9));
    var member = records.createAccount(AccountSpec.manager(section));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section)));
    Api.Answer recorded =
        team.post(
            "/api/v1/manage/corrections",
            "{\"kind\":\"CORRECTION\",\"childId\":\""
                + child
                + "\",\"what\":\"The school is wrong\",\"requester\":\"Her mother\",\"receivedOn\":\""
                + today.minusMonths(2)
                + "\"}");
    assertEquals(201, recorded.status(), recorded.body());
    long id = recorded.json().getJsonNumber("id").longValue();
    assertTrue(recorded.json().getBoolean("overdue"), "received two months ago, not answered");
    assertTrue(team.get("/api/v1/manage/corrections?overdue=true").body().contains("\"id\":" + id));
    assertEquals(
        200,
        team.post(
                "/api/v1/manage/corrections/" + id + "/assignment",
                "{\"username\":\"" + member.username() + "\"}")
            .status());
    assertEquals(
        422,
        team.post("/api/v1/manage/corrections/" + id + "/resolution", "{\"outcome\":\"REFUSED\"}")
            .status(),
        "a refusal gives its reason");
    Api.Answer resolved =
        team.post(
            "/api/v1/manage/corrections/" + id + "/resolution",
            "{\"outcome\":\"REFUSED\",\"reason\":\"The school confirmed\"}");
    assertEquals(200, resolved.status(), resolved.body());
    assertFalse(resolved.json().getBoolean("overdue"));
    assertEquals(
        409,
        team.post("/api/v1/manage/corrections/" + id + "/resolution", "{\"outcome\":\"CHANGED\"}")
            .status());
    assertFalse(
        team.get("/api/v1/manage/corrections?overdue=true").body().contains("\"id\":" + id + ","));
    assertEquals(
        404,
        Api.loggedIn(
                records.createAccount(
                    AccountSpec.manager("E07" + (100000 + random.nextInt(899999)))))
            .post("/api/v1/manage/corrections/" + id + "/resolution", "{\"outcome\":\"CHANGED\"}")
            .status(),
        "another section's register");
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .get("/api/v1/manage/corrections")
            .status());
  }

  @Test
  void twoRunsAtOnceApplyTheJobOnce() throws Exception {
    records.execute(
        "UPDATE job_lock SET locked_until = ? WHERE name = 'record-lifecycle'",
        java.sql.Timestamp.from(Instant.EPOCH));
    Instant now = Instant.now();
    String adult = child("Finn", today.minusYears(18));
    CompletableFuture<RecordLifecycle.Run> first =
        CompletableFuture.supplyAsync(() -> lifecycle.runOnceForSection(today, now, section));
    CompletableFuture<RecordLifecycle.Run> second =
        CompletableFuture.supplyAsync(() -> lifecycle.runOnceForSection(today, now, section));
    assertEquals(
        1,
        (first.get().ran() ? 1 : 0) + (second.get().ran() ? 1 : 0),
        "one run took the lock, the other skipped");
    assertEquals(1, first.get().archived() + second.get().archived(), "the record archived once");
    assertEquals("AGE_18", archived(adult));
  }
}
