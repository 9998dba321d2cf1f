package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.time.LocalDate;
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
 * Shielding (DESIGN.md rule 5) through the API, with sentinel values: the shielding duty shields
 * and lifts; nobody outside the section's management team receives a byte of where the child is or
 * who works with it; a search on the child's postcode does not find it; practitioners' requests are
 * decided and the requester told.
 */
@ExtendWith(ArquillianExtension.class)
class ShieldingIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ShieldingIT.class);
  }

  @EJB TestRecords records;

  private static String newSection() {
    return "E0" + (7000000 + new Random().nextInt(999999));
  }

  private static String letters(int n) {
    Random random = new Random();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  /**
   * Every sentinel of the shielded child that must not reach anyone outside the management team.
   */
  private static void assertNoSentinel(String bytes, List<String> sentinels, String where) {
    for (String sentinel : sentinels) {
      assertFalse(
          bytes.toLowerCase().contains(sentinel.toLowerCase()),
          where + " leaks " + sentinel + ": " + bytes);
    }
  }

  @Test
  void aShieldedChildShowsOnlyTheAllowlistAndCannotBeFoundByWhereItLives() {
    String section = newSection();
    String family = "Shield" + letters(8);
    String town = "Sentinelton" + letters(6);
    LocalDate born = LocalDate.now().minusYears(5).minusDays(new Random().nextInt(2000));
    String child =
        records.create(
            ChildSpec.named("Rosa", family, born).withPostcode("WF3 1AB", town).inSection(section));
    String worker = "Sentinel Worker " + letters(6);
    records.involve(
        child, worker, "Family support worker", false, LocalDate.now().minusMonths(2), null);
    List<String> sentinels =
        List.of(town, "WF3", worker, "Test section " + section, "1 Test Street", "07700 900123");

    TestAccount practitionerAccount =
        records.createAccount(AccountSpec.practitioner().inSection(section));
    Api practitioner = Api.loggedIn(practitionerAccount);
    Api shieldingManager =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    // Found by postcode before the shield.
    assertTrue(
        practitioner
            .search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"WF3 1AB\"}")
            .body()
            .contains(child));

    // Only the shielding duty of the child's own section shields.
    String shield =
        "{\"criterion\":\"REFUGE\",\"reason\":\"Family in a refuge\",\"reviewOn\":\""
            + LocalDate.now().plusDays(20)
            + "\"}";
    assertEquals(
        403, practitioner.post("/api/v1/manage/children/" + child + "/shield", shield).status());
    Api otherSection =
        Api.loggedIn(records.createAccount(AccountSpec.manager(newSection(), Duty.SHIELDING)));
    assertEquals(
        404, otherSection.post("/api/v1/manage/children/" + child + "/shield", shield).status());
    assertEquals(
        422,
        shieldingManager
            .post("/api/v1/manage/children/" + child + "/shield", "{\"reason\":\"x\"}")
            .status(),
        "a criterion is required");
    Api.Answer shielded =
        shieldingManager.post("/api/v1/manage/children/" + child + "/shield", shield);
    assertEquals(201, shielded.status(), shielded.body());
    assertEquals(
        409,
        shieldingManager.post("/api/v1/manage/children/" + child + "/shield", shield).status(),
        "shielded once");

    // The record: the allowlist only, for the practitioner and for a manager of another section.
    for (Api outsider : List.of(practitioner, otherSection)) {
      Api.Answer record = outsider.post("/api/v1/children/" + child + "/access", REASON);
      assertEquals(200, record.status(), record.body());
      JsonObject json = record.json();
      assertTrue(json.getBoolean("shielded"));
      assertEquals("Rosa", json.getJsonObject("name").getString("given"));
      assertFalse(
          json.containsKey("address")
              || json.containsKey("involvements")
              || json.containsKey("localAuthority")
              || json.containsKey("school")
              || json.containsKey("gp")
              || json.containsKey("caf")
              || json.containsKey("sensitiveServicesInvolved"),
          json.toString());
      assertNoSentinel(record.body(), sentinels, "the record");
    }
    // The section's own management team sees it whole, and that it is shielded.
    Api.Answer whole = shieldingManager.post("/api/v1/children/" + child + "/access", REASON);
    assertTrue(
        whole.body().contains(town)
            && whole.body().contains(worker)
            && whole.json().getBoolean("shielded"),
        whole.body());

    // Search: by the visible fields yes, without where it lives; by its postcode, not at all.
    Api.Answer byName =
        practitioner.search("{\"name\":\"Rosa " + family + "\",\"dateOfBirth\":\"" + born + "\"}");
    assertTrue(byName.body().contains(child), byName.body());
    assertNoSentinel(byName.body(), sentinels, "search rows");
    assertFalse(
        practitioner
            .search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"WF3 1AB\"}")
            .body()
            .contains(child),
        "date of birth and postcode");
    assertFalse(
        practitioner
            .search("{\"name\":\"Rosa " + family + "\",\"postcode\":\"WF3 1AB\"}")
            .body()
            .contains(child),
        "name and postcode");
    Api.Answer withPostcode =
        practitioner.search(
            "{\"name\":\"Rosa "
                + family
                + "\",\"dateOfBirth\":\""
                + born
                + "\",\"postcode\":\"WF3 1AB\"}");
    assertNoSentinel(withPostcode.body(), sentinels, "search rows with a postcode");

    // The practitioner's home page (their own involvement): the name only.
    practitioner.post(
        "/api/v1/children/" + child + "/involvements",
        "{\"role\":\"Mentor\",\"startDate\":\"" + LocalDate.now() + "\"}");
    assertNoSentinel(practitioner.get("/api/v1/me/home").body(), sentinels, "the home page");

    // The review is listed; lifting the shield is recorded and restores the record.
    assertTrue(shieldingManager.get("/api/v1/manage/shield-reviews").body().contains(child));
    assertEquals(
        422,
        shieldingManager
            .post("/api/v1/manage/children/" + child + "/shield/removal", "{}")
            .status());
    assertEquals(
        204,
        shieldingManager
            .post(
                "/api/v1/manage/children/" + child + "/shield/removal",
                "{\"reason\":\"Family left the refuge\"}")
            .status());
    assertTrue(
        practitioner.post("/api/v1/children/" + child + "/access", REASON).body().contains(town));
    assertTrue(
        practitioner
            .search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"WF3 1AB\"}")
            .body()
            .contains(child));
    assertEquals(
        List.of("SHIELD_APPLIED/SUCCESS", "SHIELD_REMOVED/SUCCESS"),
        records
            .rows(
                "SELECT action, outcome FROM audit_entry WHERE child_ref = ? AND action LIKE 'SHIELD%' AND outcome = 'SUCCESS' ORDER BY occurred_at",
                child)
            .stream()
            .map(r -> r[0] + "/" + r[1])
            .toList());
  }

  @Test
  void aPractitionersRequestWaitsForTheShieldingDutyAndTheRequesterIsToldTheDecisionOnly() {
    String section = newSection();
    String child =
        records.create(
            ChildSpec.named("Noah", "Request" + letters(8), LocalDate.now().minusYears(6))
                .inSection(section));
    TestAccount requesterAccount =
        records.createAccount(AccountSpec.practitioner().inSection(section));
    Api requester = Api.loggedIn(requesterAccount);
    Api manager = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));

    assertEquals(
        422,
        requester.post("/api/v1/children/" + child + "/shield-requests", "{}").status(),
        "a reason is required");
    Api.Answer asked =
        requester.post(
            "/api/v1/children/" + child + "/shield-requests",
            "{\"reason\":\"Mother fled domestic abuse\"}");
    assertEquals(201, asked.status(), asked.body());
    long reference = asked.json().getJsonNumber("reference").longValue();
    assertTrue(
        manager
            .get("/api/v1/manage/shield-requests")
            .body()
            .contains("Mother fled domestic abuse"));
    assertEquals(
        404,
        Api.loggedIn(records.createAccount(AccountSpec.manager(newSection(), Duty.SHIELDING)))
            .post(
                "/api/v1/manage/shield-requests/" + reference + "/decision",
                "{\"approve\":true,\"criterion\":\"MARAC\",\"note\":\"x\"}")
            .status(),
        "another section's team cannot decide it");

    assertEquals(
        204,
        manager
            .post(
                "/api/v1/manage/shield-requests/" + reference + "/decision",
                "{\"approve\":true,\"criterion\":\"MARAC\",\"note\":\"Agreed at MARAC\"}")
            .status());
    assertTrue(
        requester
            .post("/api/v1/children/" + child + "/access", REASON)
            .json()
            .getBoolean("shielded"));
    assertFalse(
        manager.get("/api/v1/manage/shield-requests").body().contains("Mother fled"),
        "no longer waiting");
    String notice =
        String.valueOf(
            records.scalar(
                "SELECT message FROM staff_notice WHERE recipient_username = ?",
                requesterAccount.username()));
    assertTrue(notice.contains(String.valueOf(reference)) && notice.contains("agreed"), notice);
    assertFalse(notice.contains("MARAC"), "the requester is told the decision, not the details");
  }

  @Test
  void theTrailWithholdsAShieldedChildsValuesFromReviewersOutsideItsTeamUnlessAPurposeIsStated() {
    String childSection = newSection();
    String otherSection = newSection();
    String child =
        records.create(
            ChildSpec.named("Ivy", "Trail" + letters(8), LocalDate.now().minusYears(9))
                .inSection(childSection));
    Api team =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager(childSection, Duty.SHIELDING, Duty.AUDIT_REVIEW)));
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + child + "/shield",
                "{\"criterion\":\"COURT_ORDER\",\"reason\":\"Order\"}")
            .status());
    TestAccount looker = records.createAccount(AccountSpec.practitioner().inSection(otherSection));
    String secret = "seen at the sentinel street " + letters(6);
    Api.loggedIn(looker)
        .post(
            "/api/v1/children/" + child + "/access",
            "{\"reason\":\"OTHER\",\"reasonText\":\"" + secret + "\"}");
    String query = "{\"childId\":\"" + child + "\",\"action\":\"RECORD_ACCESS\"}";

    // The child's own section's reviewers are its team: they see the reason.
    assertTrue(team.post("/api/v1/audit/searches", query).body().contains(secret));
    // The looker's section's reviewer and a national auditor see that it happened, not what was
    // said.
    Api otherReviewer =
        Api.loggedIn(records.createAccount(AccountSpec.manager(otherSection, Duty.AUDIT_REVIEW)));
    String theirs =
        otherReviewer
            .post("/api/v1/audit/searches", "{\"username\":\"" + looker.username() + "\"}")
            .body();
    assertTrue(
        theirs.contains(child) && theirs.contains("withheld") && !theirs.contains(secret), theirs);
    TestAccount auditorAccount = records.createAccount(AccountSpec.auditor());
    Api auditor = Api.loggedIn(auditorAccount);
    assertFalse(auditor.post("/api/v1/audit/searches", query).body().contains(secret));
    assertFalse(
        auditor.postAccepting("/api/v1/audit/exports", query, "text/csv").body().contains(secret),
        "nor in an export");
    // With a purpose: shown, audited and alerted.
    assertEquals(
        422,
        auditor
            .post("/api/v1/audit/searches", query.replace("}", ",\"purpose\":\"COURT_ORDER\"}"))
            .status(),
        "a purpose needs its note");
    Api.Answer withPurpose =
        auditor.post(
            "/api/v1/audit/searches",
            query.replace(
                "}",
                ",\"purpose\":\"COURT_ORDER\",\"purposeNote\":\"Family court order 2026/117\"}"));
    assertTrue(withPurpose.body().contains(secret), withPurpose.body());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'AUDIT_PURPOSE_STATED'"
                        + " AND outcome = 'SUCCESS'",
                    auditorAccount.username()))
            .longValue());
    records.scanAlerts();
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_alert WHERE subject_username = ? AND rule = 'PURPOSE'",
                    auditorAccount.username()))
            .longValue(),
        "stating a purpose is always alerted");
  }

  @Test
  void shieldingAParentHidesTheHomeSchoolAndGpOfEveryChildAtTheSameAddress() {
    String section = newSection();
    String family = "Carer" + letters(8);
    String town = "Carertown" + letters(6);
    LocalDate born = LocalDate.now().minusYears(6).minusDays(new Random().nextInt(300));
    String child =
        records.create(
            ChildSpec.named("Finn", family, born).withPostcode("WF3 3EF", town).inSection(section));
    String sibling =
        records.create(
            ChildSpec.named("Isla", family, born.minusYears(2))
                .withPostcode("WF3 3EF", town)
                .inSection(section));
    String phone = "07700 9" + (10000 + new Random().nextInt(89999));
    records.addMotherAtHome(child, "Mother " + family, phone);
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    Api practitioner =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)));
    assertTrue(
        practitioner.post("/api/v1/children/" + sibling + "/access", REASON).body().contains(town),
        "before the shield");

    // The team sees the carer's id on the record, and shields her.
    JsonObject whole = team.post("/api/v1/children/" + child + "/access", REASON).json();
    long carer =
        whole.getJsonArray("parentsCarers").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        403,
        practitioner
            .post(
                "/api/v1/manage/children/" + child + "/carers/" + carer + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Fled\"}")
            .status());
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + child + "/carers/" + carer + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Mother fled with the children\"}")
            .status());

    // Both children: no home, school or GP for the practitioner; the mother by name, without her
    // phone.
    for (String id : List.of(child, sibling)) {
      Api.Answer record = practitioner.post("/api/v1/children/" + id + "/access", REASON);
      assertFalse(
          record.json().containsKey("address")
              || record.json().containsKey("school")
              || record.json().containsKey("gp"),
          record.body());
      assertNoSentinel(
          record.body(),
          List.of(town, "WF3 3EF", "1 Test Street", phone),
          "a child at the shielded carer's address");
    }
    assertTrue(
        practitioner
            .post("/api/v1/children/" + child + "/access", REASON)
            .body()
            .contains("Mother " + family),
        "her name stays");
    assertNoSentinel(
        practitioner
            .search("{\"name\":\"" + family + "\",\"dateOfBirth\":\"" + born + "\"}")
            .body(),
        List.of(town),
        "search rows");
    // The team still sees everything; lifting the shield restores the view.
    assertTrue(team.post("/api/v1/children/" + sibling + "/access", REASON).body().contains(town));
    assertEquals(
        204,
        team.post(
                "/api/v1/manage/children/" + child + "/carers/" + carer + "/shield/removal",
                "{\"reason\":\"Safe again\"}")
            .status());
    assertTrue(
        practitioner.post("/api/v1/children/" + sibling + "/access", REASON).body().contains(town));
  }
}
