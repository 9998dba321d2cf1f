package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Alerts fire on constructed patterns and not on ordinary use, reach the reviewers of the user's
 * section, and are handled through an investigation, every step audited. The test server runs with
 * low thresholds (arquillian.xml); the night rule is switched off there because these tests may run
 * at any hour (AlertRulesTest covers it).
 */
@ExtendWith(ArquillianExtension.class)
class AuditAlertsIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(AuditAlertsIT.class);
  }

  @EJB TestRecords records;

  private static String newSection() {
    return "E0" + (7000000 + new Random().nextInt(999999));
  }

  private String child(String section) {
    StringBuilder family = new StringBuilder("Alert");
    Random random = new Random();
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + random.nextInt(26)));
    }
    return records.create(
        ChildSpec.named(
                "Mia",
                family.toString(),
                LocalDate.now().minusYears(4).minusDays(random.nextInt(2000)))
            .inSection(section));
  }

  private List<JsonObject> alertsOf(Api reviewer, String username) {
    Api.Answer answer = reviewer.get("/api/v1/audit/alerts");
    assertEquals(200, answer.status(), answer.body());
    return jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))
        .readArray()
        .stream()
        .map(v -> v.asJsonObject())
        .filter(a -> a.getString("username").equals(username))
        .toList();
  }

  private static Set<String> rules(List<JsonObject> alerts) {
    return alerts.stream().map(a -> a.getString("rule")).collect(Collectors.toSet());
  }

  @Test
  void constructedPatternsRaiseAlertsAndOrdinaryUseDoesNot() {
    String section = newSection();
    String other = newSection();
    Api reviewer =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.AUDIT_REVIEW)));

    TestAccount ordinary = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api ordinaryApi = Api.loggedIn(ordinary);
    String mine = child(section);
    ordinaryApi.search("{\"name\":\"Mia Smith\"}");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, ordinaryApi.post("/api/v1/children/" + mine + "/access", REASON).status());
    }

    TestAccount busy = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api busyApi = Api.loggedIn(busy);
    // Twenty openings: even split by the turn of an hour, one hour holds more than the floor of 8.
    for (int i = 0; i < 20; i++) {
      busyApi.post("/api/v1/children/" + mine + "/access", REASON);
    }
    // Records of another section, more than twice in a day.
    for (int i = 0; i < 3; i++) {
      busyApi.post("/api/v1/children/" + child(other) + "/access", REASON);
    }
    // A shielded record.
    String shielded = child(section);
    records.shield(shielded);
    busyApi.post("/api/v1/children/" + shielded + "/access", REASON);
    // The same family name again and again.
    for (int i = 0; i < 4; i++) {
      busyApi.search("{\"name\":\"Oliver Rossiter\"}");
    }

    records.scanAlerts();
    records.scanAlerts();

    assertEquals(
        Set.of(), rules(alertsOf(reviewer, ordinary.username())), "ordinary use raises nothing");
    List<JsonObject> busyAlerts = alertsOf(reviewer, busy.username());
    assertEquals(
        Set.of("ACCESS_RATE", "OUTSIDE_SECTION", "SHIELDED_RECORD", "REPEATED_SURNAME"),
        rules(busyAlerts));
    assertEquals(4, busyAlerts.size(), "scanning twice raises each once: " + busyAlerts);
    assertTrue(
        busyAlerts.stream().noneMatch(a -> a.getString("summary").contains("Rossiter")),
        "no name in an alert");

    // Only the user's own section's reviewers see them; auditors see every section's.
    Api elsewhere =
        Api.loggedIn(records.createAccount(AccountSpec.manager(other, Duty.AUDIT_REVIEW)));
    assertEquals(List.of(), alertsOf(elsewhere, busy.username()));
    assertEquals(
        4,
        alertsOf(Api.loggedIn(records.createAccount(AccountSpec.auditor())), busy.username())
            .size());
  }

  @Test
  void aReviewerHandlesAnAlertThroughAnInvestigationEveryStepAudited() {
    String section = newSection();
    TestAccount reviewerAccount =
        records.createAccount(AccountSpec.manager(section, Duty.AUDIT_REVIEW));
    Api reviewer = Api.loggedIn(reviewerAccount);
    TestAccount userAdmin =
        records.createAccount(AccountSpec.manager(section, Duty.USER_ADMINISTRATION));
    TestAccount suspect = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api suspectApi = Api.loggedIn(suspect);
    String shielded = child(section);
    records.shield(shielded);
    suspectApi.post("/api/v1/children/" + shielded + "/access", REASON);
    records.scanAlerts();

    JsonObject alert = alertsOf(reviewer, suspect.username()).get(0);
    long alertId = alert.getJsonNumber("id").longValue();
    // The subject cannot handle an alert, nor can a reviewer of another section.
    Api otherReviewer =
        Api.loggedIn(records.createAccount(AccountSpec.manager(newSection(), Duty.AUDIT_REVIEW)));
    assertEquals(
        403,
        otherReviewer
            .post("/api/v1/audit/investigations", "{\"alertId\":" + alertId + "}")
            .status());
    assertEquals(
        403,
        suspectApi.post("/api/v1/audit/investigations", "{\"alertId\":" + alertId + "}").status());

    Api.Answer opened =
        reviewer.post("/api/v1/audit/investigations", "{\"alertId\":" + alertId + "}");
    assertEquals(201, opened.status(), opened.body());
    long investigation = opened.json().getJsonNumber("id").longValue();
    assertEquals(
        409,
        reviewer.post("/api/v1/audit/investigations", "{\"alertId\":" + alertId + "}").status(),
        "opened once");

    assertEquals(
        204,
        reviewer
            .post("/api/v1/audit/investigations/" + investigation + "/suspension", "")
            .status());
    assertEquals(
        401, suspectApi.get("/api/v1/me/home").status(), "the suspended user's session ends");
    Api.Answer told =
        reviewer.post(
            "/api/v1/audit/investigations/" + investigation + "/manager-notification", "");
    assertEquals(200, told.status(), told.body());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM staff_notice WHERE recipient_username = ?",
                    userAdmin.username()))
            .longValue(),
        "the user administrator of the section is told");

    assertEquals(
        422,
        reviewer
            .post(
                "/api/v1/audit/investigations/" + investigation + "/closure",
                "{\"outcome\":\"ADVICE_GIVEN\"}")
            .status(),
        "an outcome needs a note");
    assertEquals(
        204,
        reviewer
            .post(
                "/api/v1/audit/investigations/" + investigation + "/closure",
                "{\"outcome\":\"ADVICE_GIVEN\",\"note\":\"Opened in error; reminded of the reasons for access.\"}")
            .status());
    assertEquals(
        409,
        reviewer.post("/api/v1/audit/investigations/" + investigation + "/suspension", "").status(),
        "closed");

    List<String> steps =
        records
            .rows(
                "SELECT action FROM audit_entry WHERE actor_username = ? AND action LIKE 'INVESTIGATION%'"
                    + " AND outcome = 'SUCCESS' ORDER BY occurred_at, id",
                reviewerAccount.username())
            .stream()
            .map(r -> r[0].toString())
            .toList();
    assertEquals(
        List.of(
            "INVESTIGATION_OPENED",
            "INVESTIGATION_ACCOUNT_SUSPENDED",
            "INVESTIGATION_MANAGER_NOTIFIED",
            "INVESTIGATION_CLOSED"),
        steps);
    assertEquals("SUSPENDED", records.accountStatus(suspect.username()));
  }
}
