package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/** The practitioner's journey through the API: a reason, the record, and one's own involvement. */
@ExtendWith(ArquillianExtension.class)
class JourneyIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(JourneyIT.class);
  }

  @EJB TestRecords records;

  private String child() {
    StringBuilder family = new StringBuilder("J");
    Random random = new Random();
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + random.nextInt(26)));
    }
    // Never the demo Kelly's birthday: these records must not stand beside her in the demo
    // searches.
    return records.create(
        ChildSpec.named(
            "Kelly",
            family.toString(),
            LocalDate.now().minusYears(2).minusDays(random.nextInt(3000))));
  }

  private static List<String> practitioners(JsonObject record) {
    return record.getJsonArray("involvements").stream()
        .map(i -> i.asJsonObject().getString("practitioner"))
        .toList();
  }

  @Test
  void noReasonNoRecord() {
    String child = child();
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    Api.Answer none = api.post("/api/v1/children/" + child + "/access", "{}");
    assertEquals(422, none.status());
    assertEquals("reason", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertFalse(none.body().contains("Kelly"));
    Api.Answer unexplained =
        api.post("/api/v1/children/" + child + "/access", "{\"reason\":\"OTHER\"}");
    assertEquals(
        "reasonText",
        unexplained.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        400,
        api.post("/api/v1/children/" + child + "/access", "{\"reason\":\"CURIOSITY\"}").status());
    assertEquals(404, api.post("/api/v1/children/no-such-child/access", REASON).status());
    assertTrue(api.get("/api/v1/reasons").body().contains("COORDINATE_SUPPORT"));
  }

  @Test
  void endedInvolvementsStayListedForAYearAndSensitiveServicesAreOnlyFlagged() {
    String child = child();
    LocalDate today = LocalDate.now();
    records.involve(
        child,
        "Paul Ended-Recently",
        "Social worker",
        false,
        today.minusMonths(14),
        today.minusMonths(4));
    records.involve(
        child,
        "Ruth Ended-Long-Ago",
        "School nurse",
        false,
        today.minusMonths(30),
        today.minusMonths(13));
    records.involve(
        child, "Tim Still-Involved", "Housing officer", false, today.minusMonths(2), null);
    records.involve(child, "Sam Sensitive", "Nurse", true, today.minusMonths(1), null);
    JsonObject record =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .post("/api/v1/children/" + child + "/access", REASON)
            .json();
    assertEquals(
        Set.of("Paul Ended-Recently", "Tim Still-Involved"), Set.copyOf(practitioners(record)));
    JsonObject paul =
        record.getJsonArray("involvements").stream()
            .map(i -> i.asJsonObject())
            .filter(i -> i.getString("practitioner").startsWith("Paul"))
            .findFirst()
            .orElseThrow();
    assertEquals(today.minusMonths(4).toString(), paul.getString("endDate"));
    assertEquals("07700 900123", paul.getJsonObject("contact").getString("phone"));
    assertTrue(record.getBoolean("sensitiveServicesInvolved"));
    assertFalse(record.toString().contains("Sexual health"), "a sensitive service is never named");
    assertTrue(paul.containsKey("fact"), "each fact carries its source and date");
  }

  @Test
  void oneLeadProfessionalAtATimeTakenOverOnlyExplicitly() {
    String child = child();
    Api first = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    Api second = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    String today = LocalDate.now().toString();
    assertEquals(
        201,
        first
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\""
                    + today
                    + "\",\"leadProfessional\":true}")
            .status());
    Api.Answer clash =
        second.post(
            "/api/v1/children/" + child + "/involvements",
            "{\"role\":\"Social worker\",\"startDate\":\""
                + today
                + "\",\"leadProfessional\":true}");
    assertEquals(409, clash.status(), clash.body());
    Api.Answer takeOver =
        second.post(
            "/api/v1/children/" + child + "/involvements",
            "{\"role\":\"Social worker\",\"startDate\":\""
                + today
                + "\",\"leadProfessional\":true,\"takeOverLead\":true}");
    assertEquals(201, takeOver.status(), takeOver.body());
    JsonObject record = first.post("/api/v1/children/" + child + "/access", REASON).json();
    List<JsonObject> leads =
        record.getJsonArray("involvements").stream()
            .map(i -> i.asJsonObject())
            .filter(i -> i.getBoolean("leadProfessional"))
            .toList();
    assertEquals(1, leads.size());
    assertEquals("Social worker", leads.get(0).getString("role"));
    assertEquals(
        1,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM lead_change l JOIN child c ON c.id = l.child_id WHERE c.public_id = ?",
                    child))
            .intValue(),
        "the agreed change of lead is recorded");
  }

  @Test
  void nobodyChangesSomeoneElsesInvolvement() {
    String child = child();
    Api owner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    Api other = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    long id =
        owner
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\""
                    + LocalDate.now().minusDays(3)
                    + "\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    String end = "{\"endDate\":\"" + LocalDate.now() + "\"}";
    assertEquals(
        403,
        other.post("/api/v1/children/" + child + "/involvements/" + id + "/end", end).status());
    assertEquals(
        200,
        owner.post("/api/v1/children/" + child + "/involvements/" + id + "/end", end).status());
    assertEquals(
        422,
        owner.post("/api/v1/children/" + child + "/involvements/" + id + "/end", end).status(),
        "ended once");
  }

  @Test
  void aBodyLargerThanItsPathAllowsIsRefusedBeforeItIsRead() {
    String large =
        "{\"username\":\""
            + "u".repeat(300_000)
            + "\",\"password\":\"x\",\"pin\":\"1\",\"code\":\"1\"}";
    Api.Answer declared = new Api().post("/api/v1/session", large);
    assertEquals(
        413,
        declared.status(),
        declared.body().substring(0, Math.min(200, declared.body().length())));
    assertTrue(declared.body().contains("Too large"), declared.body());
    assertEquals(
        413,
        new Api().postStreamed("/api/v1/session", large).status(),
        "sent in chunks, counted as it comes");
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(
        413,
        api.postStreamed("/api/v1/children/search", "{\"name\":\"" + "a".repeat(300_000) + "\"}")
            .status());
    assertEquals(
        200,
        api.postStreamed("/api/v1/children/search", "{\"name\":\"Kelly\",\"yearOfBirth\":2011}")
            .status(),
        "a small body sent in chunks is read as usual");
  }

  @Test
  void anotherSitesFormCannotPostWithTheSession() {
    String child = child();
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(
        403,
        api.postFromAnotherSite("/api/v1/children/" + child + "/caf", "https://elsewhere.example")
            .status());
    assertEquals(
        415,
        api.postUntyped("/api/v1/children/" + child + "/caf").status(),
        "a bodiless POST names its type");
    assertFalse(
        api.post("/api/v1/children/" + child + "/access", REASON).json().containsKey("caf"),
        "nothing recorded");
    assertEquals(
        201,
        api.post("/api/v1/children/" + child + "/caf", "{\"exists\":true}").status(),
        "a script's JSON is taken");
  }

  @Test
  void aBodyNestedTooDeeplyIsRefusedAsBadJsonNotAFailure() {
    String deep = "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    Api.Answer login = new Api().post("/api/v1/session", deep);
    assertEquals(400, login.status(), login.body());
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    Api.Answer search = api.search(deep);
    assertEquals(400, search.status(), search.body());
    assertTrue(search.body().contains("nested too deeply"), search.body());
  }

  @Test
  void aPractitionersNewContactDetailsReachTheirInvolvements() {
    String child = child();
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(
        201,
        api.post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}")
            .status());
    assertEquals(
        422,
        api.put("/api/v1/me/contact", "{\"phone\":\"0113 496 0000\",\"email\":\"not-an-email\"}")
            .status());
    assertEquals(
        204,
        api.put(
                "/api/v1/me/contact",
                "{\"phone\":\"0113 496 0999\",\"email\":\"mentor@school.example.org\"}")
            .status());
    JsonObject mine =
        api.post("/api/v1/children/" + child + "/access", REASON)
            .json()
            .getJsonArray("involvements")
            .getJsonObject(0);
    assertTrue(mine.getBoolean("mine"));
    assertEquals("0113 496 0999", mine.getJsonObject("contact").getString("phone"));
    assertEquals("mentor@school.example.org", mine.getJsonObject("contact").getString("email"));

    // A partial change keeps what it does not name; nothing leaves a practitioner unreachable or
    // the account broken.
    Api.Answer notAPhone = api.put("/api/v1/me/contact", "{\"phone\":\"not a phone!!\"}");
    assertEquals(422, notAPhone.status());
    assertTrue(notAPhone.body().contains("\"phone\""), notAPhone.body());
    assertEquals(204, api.put("/api/v1/me/contact", "{}").status());
    assertEquals(
        422,
        api.put("/api/v1/me/contact", "{\"phone\":\"\",\"email\":\"\"}").status(),
        "not both cleared");
    assertEquals(204, api.put("/api/v1/me/contact", "{\"email\":\"\"}").status());
    JsonObject after =
        api.post("/api/v1/children/" + child + "/access", REASON)
            .json()
            .getJsonArray("involvements")
            .getJsonObject(0);
    assertEquals("0113 496 0999", after.getJsonObject("contact").getString("phone"), "kept");
    assertFalse(after.getJsonObject("contact").containsKey("email"), "cleared: " + after);
    assertEquals(
        204,
        api.put("/api/v1/me/contact", "{\"phone\":\"0113 496 0998\"}").status(),
        "and later changes still work");
  }

  @Test
  void thoseWorkingWithTheChildAreToldWhoJoinsLeadsAndLeaves() {
    String child = child();
    Api first = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    Api second = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    String today = LocalDate.now().toString();
    first.post(
        "/api/v1/children/" + child + "/involvements",
        "{\"role\":\"Learning mentor\",\"startDate\":\"" + today + "\",\"leadProfessional\":true}");
    long seconds =
        second
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Social worker\",\"startDate\":\""
                    + today
                    + "\",\"leadProfessional\":true,\"takeOverLead\":true}")
            .json()
            .getJsonNumber("id")
            .longValue();
    second.post(
        "/api/v1/children/" + child + "/involvements/" + seconds + "/end",
        "{\"endDate\":\"" + today + "\"}");
    JsonObject home = first.get("/api/v1/me/home").json();
    assertEquals(
        List.of(child),
        home.getJsonArray("children").stream().map(c -> c.asJsonObject().getString("id")).toList());
    List<String> kinds =
        home.getJsonArray("changes").stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("childId").equals(child))
            .map(c -> c.getString("kind"))
            .toList();
    assertEquals(Set.of("JOINED", "TOOK_LEAD", "ENDED"), Set.copyOf(kinds));
    assertTrue(
        second.get("/api/v1/me/home").json().getJsonArray("changes").stream()
            .noneMatch(c -> c.asJsonObject().getString("childId").equals(child)),
        "nobody is told of their own acts");
  }

  @Test
  void aWrongFactIsReportedForTheDataQualityTeam() {
    String child = child();
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    Api.Answer reported =
        api.post(
            "/api/v1/children/" + child + "/inaccuracies",
            "{\"fact\":\"ADDRESS\",\"note\":\"Moved to 3 Mill Lane in March\"}");
    assertEquals(201, reported.status(), reported.body());
    assertEquals(
        1,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM inaccuracy_report r JOIN child c ON c.id = r.child_id WHERE c.public_id = ?",
                    child))
            .intValue());
    assertEquals(
        422,
        api.post(
                "/api/v1/children/" + child + "/inaccuracies",
                "{\"fact\":\"ADDRESS\",\"note\":\" \"}")
            .status());
    assertEquals(
        400,
        api.post(
                "/api/v1/children/" + child + "/inaccuracies", "{\"fact\":\"MOOD\",\"note\":\"x\"}")
            .status());
  }

  @Test
  void aSourceSystemsOwnNumberIsShownOnlyToTheStaffOfThatBody() {
    String child = child();
    var school = records.createAccount(AccountSpec.practitioner());
    records.linkSource(
        school.organisationId(),
        "EDU-TEST-" + school.username().toUpperCase(java.util.Locale.ROOT));
    records.recordSourceId(
        child, "EDU-TEST-" + school.username().toUpperCase(java.util.Locale.ROOT), "PUPIL-0042");
    JsonObject asSchool =
        Api.loggedIn(school).post("/api/v1/children/" + child + "/access", REASON).json();
    assertEquals("PUPIL-0042", asSchool.getString("ownSourceNumber"));
    JsonObject asOther =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .post("/api/v1/children/" + child + "/access", REASON)
            .json();
    assertFalse(asOther.containsKey("ownSourceNumber"));
    assertFalse(asOther.toString().contains("PUPIL-0042"));
  }

  @Test
  void aCafHolderIsShownWithTheirContact() {
    String child = child();
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(201, api.post("/api/v1/children/" + child + "/caf", "{\"exists\":true}").status());
    JsonObject caf =
        api.post("/api/v1/children/" + child + "/access", REASON).json().getJsonObject("caf");
    assertTrue(caf.getBoolean("exists"));
    assertTrue(caf.getString("holder").startsWith("Test "));
  }

  @Test
  void aShieldedRecordShowsOnlyTheAllowlist() {
    String child = child();
    records.involve(
        child,
        "Tim Still-Involved",
        "Housing officer",
        false,
        LocalDate.now().minusMonths(2),
        null);
    records.shield(child);
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    JsonObject record = api.post("/api/v1/children/" + child + "/access", REASON).json();
    assertEquals(
        Set.of("id", "name", "dateOfBirth", "gender", "shielded", "parentsCarers"),
        record.keySet());
    assertTrue(record.getBoolean("shielded"));
    assertEquals(
        404,
        api.post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}")
            .status());
  }
}
