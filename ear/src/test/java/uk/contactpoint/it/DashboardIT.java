package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.dashboard.control.Measure;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * The management team's dashboard: on a section built for the test, each figure is the number it
 * should be and equals the length of the list behind it; another section sees none of it; auditors
 * see the nation with record ids instead of names; reading a list is audited; practitioners are
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DashboardIT.class);
  }

  @EJB TestRecords records;

  private final Random random = new Random();

  private String newSection() {
    return "E07" + (100000 + random.nextInt(899999));
  }

  @Test
  void eachFigureIsTheLengthOfTheListBehindItAndOnlyTheSectionsOwn() {
    String section = newSection();
    String family = "Dash" + random.nextInt(1_000_000);
    LocalDate today = LocalDate.now();
    String pupil =
        records.create(ChildSpec.named("Amy", family, today.minusYears(7)).inSection(section));
    records.create(ChildSpec.named("Ben", family, today.minusYears(10)).inSection(section));
    records.create(ChildSpec.named("Cara", family, today.minusYears(2)).inSection(section));
    String homeless =
        records.create(ChildSpec.named("Dev", family, today.minusYears(17)).inSection(section));
    records.execute(
        "UPDATE child SET address_status = 'NO_KNOWN_ADDRESS', address_line1 = NULL, postcode = NULL WHERE public_id = ?",
        homeless);

    TestAccount managerAccount =
        records.createAccount(AccountSpec.manager(section, Duty.SHIELDING));
    Api manager = Api.loggedIn(managerAccount);
    assertEquals(
        201,
        manager
            .post(
                "/api/v1/manage/children/" + pupil + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());
    records.execute(
        "UPDATE shield SET review_on = ? WHERE child_id = (SELECT id FROM child WHERE public_id = ?)",
        Date.valueOf(today.plusDays(3)),
        pupil);
    TestAccount untrained = records.createAccount(AccountSpec.practitioner().inSection(section));
    records.execute(
        "UPDATE user_account SET trained_on = NULL WHERE username = ?", untrained.username());
    TestAccount unused = records.createAccount(AccountSpec.practitioner().inSection(section));
    records.execute(
        "UPDATE user_account SET last_login_at = ?, created_at = ? WHERE username = ?",
        Timestamp.from(Instant.now().minus(120, ChronoUnit.DAYS)),
        Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)),
        unused.username());

    Map<String, Long> figures = figures(manager);
    assertEquals(Measure.values().length, figures.size());
    assertEquals(
        2L,
        figures.get("NO_SCHOOL"),
        "Amy and Ben are of school age; Cara is two, Dev sixteen+: " + figures);
    assertEquals(4L, figures.get("NO_GP"), figures.toString());
    assertEquals(1L, figures.get("NO_KNOWN_ADDRESS"), figures.toString());
    assertEquals(1L, figures.get("SHIELD_REVIEWS_DUE"), figures.toString());
    assertEquals(1L, figures.get("USERS_DUE_CLEARANCE"), figures.toString());
    assertEquals(1L, figures.get("DORMANT_ACCOUNTS"), figures.toString());
    for (Measure measure : Measure.values()) {
      JsonObject behind = manager.get("/api/v1/manage/dashboard/" + measure).json();
      assertEquals(
          figures.get(measure.name()).longValue(),
          behind.getJsonArray("lines").size(),
          measure + ": the number is the list");
    }
    JsonArray noSchool =
        manager.get("/api/v1/manage/dashboard/NO_SCHOOL").json().getJsonArray("lines");
    assertTrue(
        noSchool.toString().contains("Amy " + family)
            && noSchool.toString().contains("Ben " + family),
        noSchool.toString());
    assertEquals(
        untrained.username(),
        manager
            .get("/api/v1/manage/dashboard/USERS_DUE_CLEARANCE")
            .json()
            .getJsonArray("lines")
            .getJsonObject(0)
            .getString("reference"));
    assertEquals(
        Measure.values().length + 2L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ?"
                        + " AND action = 'DASHBOARD_LIST_READ'",
                    managerAccount.username()))
            .longValue(),
        "each list read is audited");

    Map<String, Long> elsewhere =
        figures(Api.loggedIn(records.createAccount(AccountSpec.manager(newSection()))));
    elsewhere.forEach(
        (measure, count) ->
            assertEquals(0L, count, "another section's team sees none of it: " + measure));

    Api auditor = Api.loggedIn(records.createAccount(AccountSpec.auditor()));
    Map<String, Long> national = figures(auditor);
    figures.forEach(
        (measure, count) -> assertTrue(national.get(measure) >= count, measure + " nationally"));
    String nationalList = auditor.get("/api/v1/manage/dashboard/NO_KNOWN_ADDRESS").body();
    assertFalse(nationalList.contains(family), "auditors see record ids, not children's names");
    assertTrue(nationalList.contains("record "), nationalList);

    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(403, practitioner.get("/api/v1/manage/dashboard").status());
    assertEquals(403, practitioner.get("/api/v1/manage/dashboard/NO_GP").status());
    assertEquals(422, manager.get("/api/v1/manage/dashboard/NO_SUCH_FIGURE").status());
  }

  @Test
  void aPrintoutsReferenceIsRecordedAsAnActOfItsOwnAndOnlyForTheUsersOwnPages() {
    TestAccount account = records.createAccount(AccountSpec.practitioner());
    Api user = Api.loggedIn(account);
    long second = Instant.now().getEpochSecond();
    String reference = "P-" + account.username() + "-" + second;
    Api.Answer printed =
        user.post(
            "/api/v1/printouts",
            "{\"reference\":\"" + reference + "\",\"page\":\"/record.xhtml\"}");
    assertEquals(204, printed.status(), printed.body());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'PAGE_PRINTED'"
                        + " AND target_ref = ?",
                    account.username(),
                    "printout:" + second))
            .longValue(),
        "the reference on the paper finds the act");

    Api.Answer someoneElses =
        user.post(
            "/api/v1/printouts",
            "{\"reference\":\"P-jane-" + second + "\",\"page\":\"/record.xhtml\"}");
    assertEquals(422, someoneElses.status(), someoneElses.body());
    assertTrue(someoneElses.body().contains("reference"), someoneElses.body());
    Api.Answer withQuery =
        user.post(
            "/api/v1/printouts",
            "{\"reference\":\"" + reference + "\",\"page\":\"/record.xhtml?child=x\"}");
    assertEquals(422, withQuery.status(), "a page's path only: " + withQuery.body());
    assertTrue(withQuery.body().contains("page"), withQuery.body());
    assertEquals(
        401,
        new Api()
            .post(
                "/api/v1/printouts",
                "{\"reference\":\"" + reference + "\",\"page\":\"/record.xhtml\"}")
            .status());
  }

  private static Map<String, Long> figures(Api api) {
    Api.Answer answer = api.get("/api/v1/manage/dashboard");
    assertEquals(200, answer.status(), answer.body());
    Map<String, Long> figures = new HashMap<>();
    answer
        .jsonArray()
        .forEach(
            f ->
                figures.put(
                    f.asJsonObject().getString("measure"),
                    f.asJsonObject().getJsonNumber("count").longValue()));
    return figures;
  }
}
