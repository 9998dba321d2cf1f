package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * The leak sweep of DESIGN.md rules 5 and 6 over the API: a shielded child and a child with a
 * sensitive service carry sentinel values; a practitioner involved with both, and a manager of
 * another section, call every endpoint they can reach, and no answer holds a sentinel.
 */
@ExtendWith(ArquillianExtension.class)
class LeakSweepIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(LeakSweepIT.class);
  }

  @EJB TestRecords records;

  private static String letters(int n) {
    Random random = new Random();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  @Test
  void noPractitionerFacingAnswerHoldsAShieldedOrSensitiveValue() {
    String section = "E0" + (7000000 + new Random().nextInt(999999));
    String family = "Sweep" + letters(8);
    String town = "Sentineltown" + letters(5);
    LocalDate born = LocalDate.now().minusYears(7).minusDays(new Random().nextInt(300));
    String shielded =
        records.create(
            ChildSpec.named("Ruby", family, born).withPostcode("WF3 4GH", town).inSection(section));
    String carerPhone = "07700 9" + (10000 + new Random().nextInt(89999));
    records.addMotherAtHome(shielded, "Mother " + family, carerPhone);
    String worker = "Sentinel Worker " + letters(5);
    records.involve(
        shielded, worker, "Family support worker", false, LocalDate.now().minusMonths(1), null);
    // The sensitive service's child lives elsewhere (its own section and the test street), so that
    // its own, visible address is not mistaken for the shielded child's.
    String sensitiveChild =
        records.create(
            ChildSpec.named("Leo", family, born.minusYears(3))
                .inSection("E0" + (7000000 + new Random().nextInt(999999))));
    String clinic = "Sentinel Clinician " + letters(5);
    records.involve(
        sensitiveChild, clinic, "Sexual health nurse", true, LocalDate.now().minusMonths(1), null);
    List<String> sentinels =
        List.of(
            town,
            "WF3 4GH",
            carerPhone,
            worker,
            clinic,
            "Sexual health",
            "Test section " + section);

    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    TestAccount meAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api me = Api.loggedIn(meAccount);
    // Involved with both before the shield, so "my children" and notifications hold them.
    for (String child : List.of(shielded, sensitiveChild)) {
      assertEquals(
          201,
          me.post(
                  "/api/v1/children/" + child + "/involvements",
                  "{\"role\":\"Mentor\",\"startDate\":\"" + LocalDate.now() + "\"}")
              .status());
    }
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + shielded + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());

    // The sentinels are real: the section's own team sees them.
    String teamView = team.post("/api/v1/children/" + shielded + "/access", REASON).body();
    assertTrue(
        teamView.contains(town) && teamView.contains(worker) && teamView.contains(carerPhone),
        teamView);

    Api otherManager =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager(
                    "E0" + (7000000 + new Random().nextInt(999999)),
                    Duty.SHIELDING,
                    Duty.AUDIT_REVIEW,
                    Duty.BROKERING,
                    Duty.DATA_QUALITY)));
    for (Api caller : List.of(me, otherManager)) {
      List<Api.Answer> answers = new ArrayList<>();
      Api.Answer shieldedRecord = caller.post("/api/v1/children/" + shielded + "/access", REASON);
      assertFalse(shieldedRecord.body().contains("1 Test Street"), shieldedRecord.body());
      answers.add(shieldedRecord);
      for (String child : List.of(shielded, sensitiveChild)) {
        answers.add(caller.post("/api/v1/children/" + child + "/access", REASON));
        answers.add(
            caller.post(
                "/api/v1/children/" + child + "/access",
                "{\"reason\":\"OTHER\",\"reasonText\":\"sweep\"}"));
        answers.add(
            caller.post(
                "/api/v1/children/" + child + "/contact-requests",
                "{\"message\":\"Please put me in touch\"}"));
        answers.add(
            caller.post(
                "/api/v1/children/" + child + "/inaccuracies",
                "{\"fact\":\"ADDRESS\",\"note\":\"Moved\"}"));
        answers.add(
            caller.post(
                "/api/v1/children/" + child + "/shield-requests",
                "{\"reason\":\"Please shield\"}"));
      }
      answers.add(
          caller.search("{\"name\":\"Ruby " + family + "\",\"dateOfBirth\":\"" + born + "\"}"));
      answers.add(caller.search("{\"name\":\"" + family + "\"}"));
      answers.add(
          caller.search(
              "{\"name\":\"Ruby "
                  + family
                  + "\",\"dateOfBirth\":\""
                  + born
                  + "\",\"postcode\":\"WF3 4GH\"}"));
      answers.add(caller.search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"WF3 4GH\"}"));
      answers.add(caller.get("/api/v1/me/home"));
      answers.add(caller.get("/api/v1/me/contact-requests"));
      answers.add(caller.get("/api/v1/reasons"));
      answers.add(caller.post("/api/v1/audit/searches", "{\"childId\":\"" + shielded + "\"}"));
      answers.add(
          caller.post("/api/v1/audit/searches", "{\"childId\":\"" + sensitiveChild + "\"}"));
      answers.add(caller.get("/api/v1/audit/children/" + shielded + "/accesses"));
      answers.add(caller.get("/api/v1/manage/contact-requests"));
      answers.add(caller.get("/api/v1/manage/shield-requests"));
      answers.add(caller.get("/api/v1/manage/shield-reviews"));
      assertTrue(
          answers.stream().anyMatch(a -> a.status() == 200), "the sweep reached the endpoints");
      for (Api.Answer answer : answers) {
        for (String sentinel : sentinels) {
          assertFalse(
              answer.body().toLowerCase().contains(sentinel.toLowerCase()),
              "an answer (" + answer.status() + ") leaks " + sentinel + ": " + answer.body());
        }
      }
    }
  }

  private static void assertNoneHolds(List<Api.Answer> answers, List<String> sentinels) {
    for (Api.Answer answer : answers) {
      for (String sentinel : sentinels) {
        assertFalse(
            answer.body().toLowerCase().contains(sentinel.toLowerCase()),
            "an answer (" + answer.status() + ") leaks " + sentinel + ": " + answer.body());
      }
    }
  }

  private static String newSection() {
    return "E0" + (7000000 + new Random().nextInt(999999));
  }

  /**
   * A search by date of birth reaches only live records: not a duplicate merged into a shielded
   * child (it keeps its own address and no shield of its own), not an archived record (rule 8).
   */
  @Test
  void aSearchByDateOfBirthFindsNoMergedDuplicateOfAShieldedChildAndNoArchivedRecord() {
    String section = newSection();
    String family = "Sweep" + letters(8);
    LocalDate born = LocalDate.now().minusYears(9).minusDays(new Random().nextInt(300));
    String shielded =
        records.create(
            ChildSpec.named("Ruby", family, born)
                .withPostcode("WF3 4GH", "Sentineltown" + letters(5))
                .inSection(section));
    String duplicateTown = "Dupetown" + letters(6);
    String duplicate =
        records.create(
            ChildSpec.named("Rubie", family, born)
                .withPostcode("LS27 7AB", duplicateTown)
                .inSection(section));
    String archivedTown = "Archivetown" + letters(6);
    String archived =
        records.create(
            ChildSpec.named("Amber", "Old" + letters(8), born)
                .withPostcode("LS27 7AC", archivedTown)
                .inSection(section));
    records.execute(
        "UPDATE child SET archived_on = ?, archive_reason = 'AGE_18' WHERE public_id = ?",
        java.sql.Date.valueOf(LocalDate.now().minusDays(1)),
        archived);
    Api team =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager(section, Duty.SHIELDING, Duty.DATA_QUALITY)));
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + shielded + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());
    Api.Answer merged =
        team.post(
            "/api/v1/manage/merges",
            "{\"survivorId\":\""
                + shielded
                + "\",\"duplicateId\":\""
                + duplicate
                + "\",\"reason\":\"Keyed twice\"}");
    assertEquals(201, merged.status(), merged.body());

    Api practitioner =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(newSection())));
    List<Api.Answer> answers =
        List.of(
            practitioner.search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"LS27 7AB\"}"),
            practitioner.search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"LS27 7AC\"}"),
            practitioner.search("{\"dateOfBirth\":\"" + born + "\"}"),
            practitioner.search("{\"dateOfBirth\":\"" + born + "\",\"gender\":\"FEMALE\"}"));
    answers.forEach(answer -> assertEquals(200, answer.status(), answer.body()));
    assertNoneHolds(answers, List.of(duplicate, duplicateTown, archived, archivedTown));
  }

  /**
   * What a sensitive service does is told to nobody outside the brokering duty (rule 6): not its
   * joining or leaving on the home page, not the CAF it holds, and it cannot take the lead (which
   * names the lead to everyone and tells the previous lead).
   */
  @Test
  void aSensitiveServiceIsNotNamedByNotificationsTheHomePageOrItsCaf() {
    String section = newSection();
    String child =
        records.create(
            ChildSpec.named("Maya", "Sweep" + letters(8), LocalDate.now().minusYears(13))
                .inSection(section));
    Api teacher =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)));
    assertEquals(
        201,
        teacher
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\""
                    + LocalDate.now().minusDays(3)
                    + "\",\"leadProfessional\":true}")
            .status());
    TestAccount nurseAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    records.makeSensitive(nurseAccount.organisationId(), "SEXUAL_HEALTH");
    Api nurse = Api.loggedIn(nurseAccount);
    String involving =
        "{\"role\":\"Sexual health nurse\",\"startDate\":\""
            + LocalDate.now().minusDays(2)
            + "\",\"consentBasis\":\"YOUNG_PERSON\",\"consentNote\":\"She asked for it\"";
    Api.Answer asLead =
        nurse.post(
            "/api/v1/children/" + child + "/involvements",
            involving + ",\"leadProfessional\":true,\"takeOverLead\":true}");
    assertEquals(
        409, asLead.status(), "a sensitive service cannot take the lead: " + asLead.body());
    Api.Answer added = nurse.post("/api/v1/children/" + child + "/involvements", involving + "}");
    assertEquals(201, added.status(), added.body());
    long involvement = added.json().getJsonNumber("id").longValue();
    assertEquals(
        201, nurse.post("/api/v1/children/" + child + "/caf", "{\"exists\":true}").status());
    assertEquals(
        200,
        nurse
            .post(
                "/api/v1/children/" + child + "/involvements/" + involvement + "/end",
                "{\"endDate\":\"" + LocalDate.now() + "\"}")
            .status());

    List<String> sentinels = List.of(nurseAccount.username(), "Sexual health");
    List<Api.Answer> answers =
        List.of(
            teacher.get("/api/v1/me/home"),
            teacher.post("/api/v1/children/" + child + "/access", REASON));
    answers.forEach(answer -> assertEquals(200, answer.status(), answer.body()));
    assertTrue(
        answers.get(1).json().getJsonObject("caf").getBoolean("exists"),
        "that a CAF exists is shown");
    assertTrue(
        answers.get(1).body().contains("\"leadProfessional\":true"),
        "the teacher is still lead: " + answers.get(1).body());
    assertNoneHolds(answers, sentinels);
    // The section's brokering duty still sees which service holds the CAF.
    Api broker = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.BROKERING)));
    assertTrue(
        broker
            .post("/api/v1/children/" + child + "/access", REASON)
            .body()
            .contains(nurseAccount.username()));

    // Nobody replaces another's CAF silently: only explicitly, and the previous holder is told.
    assertEquals(
        409, teacher.post("/api/v1/children/" + child + "/caf", "{\"exists\":true}").status());
    assertTrue(
        broker
            .post("/api/v1/children/" + child + "/access", REASON)
            .body()
            .contains(nurseAccount.username()),
        "unchanged");
    assertEquals(
        201,
        teacher
            .post("/api/v1/children/" + child + "/caf", "{\"exists\":true,\"takeOver\":true}")
            .status());
    assertTrue(
        nurse.get("/api/v1/me/home").body().contains("TOOK_CAF"),
        nurse.get("/api/v1/me/home").body());
  }

  /**
   * A subject access answer about a shielded child names no carer's phone, no identifier that leads
   * to a school or a source, and no sensitive service among those who looked; the data protection
   * officer's reports give no reason stated about a shielded child outside its team.
   */
  @Test
  void subjectAccessAnswersAndDpoReportsKeepWhatShieldsAndSensitiveServicesHide() {
    String section = newSection();
    String family = "Sweep" + letters(8);
    String child =
        records.create(
            ChildSpec.named("Ruby", family, LocalDate.now().minusYears(10)).inSection(section));
    String fathersPhone = "07700 9" + (10000 + new Random().nextInt(89999));
    records.addCarer(
        child, "Father " + family, uk.contactpoint.child.entity.Relationship.FATHER, fathersPhone);
    String sourceNumber = "SRC" + letters(9).toUpperCase(java.util.Locale.ROOT);
    records.recordSourceId(child, "EDU-SWEEP", sourceNumber);
    TestAccount nurseAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    records.makeSensitive(nurseAccount.organisationId(), "SEXUAL_HEALTH");
    assertEquals(
        200,
        Api.loggedIn(nurseAccount).post("/api/v1/children/" + child + "/access", REASON).status());
    String outsidersSection = newSection();
    TestAccount outsiderAccount =
        records.createAccount(AccountSpec.practitioner().inSection(outsidersSection));
    String reasonText = "Sentinel reason " + letters(8);
    Api team =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager(section, Duty.SHIELDING, Duty.AUDIT_REVIEW)));
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + child + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());
    assertEquals(
        200,
        Api.loggedIn(outsiderAccount)
            .post(
                "/api/v1/children/" + child + "/access",
                "{\"reason\":\"OTHER\",\"reasonText\":\"" + reasonText + "\"}")
            .status());

    Api.Answer opened =
        team.post(
            "/api/v1/manage/subject-access-requests",
            "{\"childId\":\""
                + child
                + "\",\"requester\":\"Her father\",\"receivedOn\":\""
                + LocalDate.now()
                + "\"}");
    assertEquals(201, opened.status(), opened.body());
    Api.Answer answer =
        team.post(
            "/api/v1/manage/subject-access-requests/"
                + opened.json().getJsonNumber("id").longValue()
                + "/answer",
            "{}");
    assertEquals(200, answer.status(), answer.body());
    assertTrue(
        answer.body().contains("Father " + family) && answer.body().contains("withheld"),
        answer.body());
    assertNoneHolds(
        List.of(answer), List.of(fathersPhone, sourceNumber, "EDU-SWEEP", nurseAccount.username()));

    // The outsider's own section's reviewer sees the outsider's openings, but not the reason given
    // for another section's shielded child.
    Api otherReviewer =
        Api.loggedIn(
            records.createAccount(AccountSpec.manager(outsidersSection, Duty.AUDIT_REVIEW)));
    Api auditor = Api.loggedIn(records.createAccount(AccountSpec.auditor()));
    String scope = "{\"username\":\"" + outsiderAccount.username() + "\"}";
    List<Api.Answer> reports = new ArrayList<>();
    for (Api reader : List.of(otherReviewer, auditor)) {
      reports.add(reader.post("/api/v1/audit/reports/accesses-by-user", scope));
      reports.add(
          reader.postAccepting(
              "/api/v1/audit/reports/exports",
              "{\"report\":\"ACCESSES_BY_USER\",\"username\":\""
                  + outsiderAccount.username()
                  + "\"}",
              "text/csv"));
    }
    reports.forEach(report -> assertEquals(200, report.status(), report.body()));
    assertTrue(
        reports.get(0).body().contains(child) && reports.get(2).body().contains(child),
        "the opening itself is listed: " + reports.get(0).body());
    assertNoneHolds(reports, List.of(reasonText));
    assertTrue(
        team.post("/api/v1/audit/reports/accesses-by-user", scope).body().contains(reasonText),
        "the child's own section's reviewers see the reason");
  }
}
