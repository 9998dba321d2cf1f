package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
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
import uk.contactpoint.lifecycle.boundary.RecordLifecycle;

/**
 * The data protection officer's reports (rules 4, 8 and 11): the breach-scoping query returns
 * exactly the records the user opened, with their reasons; privileged access lists managers'
 * openings and not practitioners'; retention shows what is overdue and what the job archived; every
 * read and export is audited, and an export names who made it and its reference.
 */
@ExtendWith(ArquillianExtension.class)
class DpoReportsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DpoReportsIT.class);
  }

  @EJB TestRecords records;
  @EJB RecordLifecycle lifecycle;

  private final Random random = new Random();

  @Test
  void theBreachScopingQueryReturnsExactlyTheAccessesMadeWithTheirReasons() {
    String section = "E07" + (100000 + random.nextInt(899999));
    String family = "Scope" + random.nextInt(1_000_000);
    LocalDate today = LocalDate.now();
    String first =
        records.create(ChildSpec.named("Ann", family, today.minusYears(8)).inSection(section));
    String second =
        records.create(ChildSpec.named("Bob", family, today.minusYears(9)).inSection(section));
    String untouched =
        records.create(ChildSpec.named("Cat", family, today.minusYears(10)).inSection(section));

    TestAccount suspectAccount =
        records.createAccount(AccountSpec.practitioner().inSection(section));
    Api suspect = Api.loggedIn(suspectAccount);
    assertEquals(
        200,
        suspect
            .post("/api/v1/children/" + first + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}")
            .status());
    assertEquals(
        200,
        suspect
            .post(
                "/api/v1/children/" + second + "/access",
                "{\"reason\":\"OTHER\",\"reasonText\":\"Asked by the school nurse\"}")
            .status());
    assertEquals(
        200,
        suspect
            .post("/api/v1/children/" + first + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}")
            .status());
    Api someoneElse =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)));
    assertEquals(
        200,
        someoneElse
            .post(
                "/api/v1/children/" + untouched + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}")
            .status());
    TestAccount managerAccount = records.createAccount(AccountSpec.manager(section));
    assertEquals(
        200,
        Api.loggedIn(managerAccount)
            .post(
                "/api/v1/children/" + untouched + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}")
            .status());

    TestAccount auditorAccount = records.createAccount(AccountSpec.auditor());
    Api auditor = Api.loggedIn(auditorAccount);
    Api.Answer scoped =
        auditor.post(
            "/api/v1/audit/reports/accesses-by-user",
            "{\"username\":\""
                + suspectAccount.username()
                + "\",\"from\":\""
                + today
                + "\",\"to\":\""
                + today
                + "\"}");
    assertEquals(200, scoped.status(), scoped.body());
    JsonArray rows = scoped.jsonArray();
    assertEquals(3, rows.size(), "three openings, not the search nor anyone else's: " + rows);
    Set<String> opened = new HashSet<>();
    rows.forEach(row -> opened.add(row.asJsonObject().getString("childId")));
    assertEquals(Set.of(first, second), opened);
    assertTrue(
        rows.toString().contains("Asked by the school nurse"), "the reasons are given: " + rows);
    assertEquals(
        0,
        auditor
            .post(
                "/api/v1/audit/reports/accesses-by-user",
                "{\"username\":\""
                    + suspectAccount.username()
                    + "\",\"from\":\""
                    + today.minusDays(10)
                    + "\",\"to\":\""
                    + today.minusDays(1)
                    + "\"}")
            .jsonArray()
            .size(),
        "nothing before today");
    Api.Answer noUser = auditor.post("/api/v1/audit/reports/accesses-by-user", "{}");
    assertEquals(422, noUser.status());
    assertTrue(noUser.body().contains("username"), noUser.body());

    JsonArray privileged =
        auditor
            .post("/api/v1/audit/reports/privileged-access", "{\"from\":\"" + today + "\"}")
            .jsonArray();
    assertTrue(
        privileged.toString().contains(managerAccount.username()), "a manager's opening is listed");
    assertFalse(
        privileged.toString().contains(suspectAccount.username()), "a practitioner's is not");

    Api reviewer =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.AUDIT_REVIEW)));
    assertEquals(
        3,
        reviewer
            .post(
                "/api/v1/audit/reports/accesses-by-user",
                "{\"username\":\"" + suspectAccount.username() + "\"}")
            .jsonArray()
            .size(),
        "the section's own audit reviewer sees its section");
    Api otherReviewer =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager("E07" + (100000 + random.nextInt(899999)), Duty.AUDIT_REVIEW)));
    assertEquals(
        0,
        otherReviewer
            .post(
                "/api/v1/audit/reports/accesses-by-user",
                "{\"username\":\"" + suspectAccount.username() + "\"}")
            .jsonArray()
            .size(),
        "another section's reviewer sees none of it");

    Api.Answer csv =
        auditor.postAccepting(
            "/api/v1/audit/reports/exports",
            "{\"report\":\"ACCESSES_BY_USER\",\"username\":\"" + suspectAccount.username() + "\"}",
            "text/csv");
    assertEquals(200, csv.status(), csv.body());
    String[] lines = csv.body().split("\r\n");
    assertTrue(
        lines[0].contains(auditorAccount.username()) && lines[0].contains("reference DPO-"),
        lines[0]);
    assertEquals(2 + 3, lines.length, csv.body());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'DPO_REPORT_EXPORTED'",
                    auditorAccount.username()))
            .longValue(),
        "the export is audited");
    assertTrue(
        ((Number)
                    records.scalar(
                        "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'DPO_REPORT_READ'",
                        auditorAccount.username()))
                .longValue()
            >= 3,
        "and each reading");

    assertEquals(
        403,
        suspect
            .post(
                "/api/v1/audit/reports/accesses-by-user",
                "{\"username\":\"" + suspectAccount.username() + "\"}")
            .status());
    assertEquals(403, suspect.get("/api/v1/audit/reports/retention").status());
  }

  @Test
  void retentionShowsAnAdultOverdueUntilTheJobArchivesHimThenCountsTheArchiving() {
    String section = "E07" + (100000 + random.nextInt(899999));
    records.create(
        ChildSpec.named(
                "Dan",
                "Overdue" + random.nextInt(1_000_000),
                LocalDate.now().minusYears(18).minusDays(2))
            .inSection(section));
    TestAccount reviewerAccount =
        records.createAccount(AccountSpec.manager(section, Duty.AUDIT_REVIEW));
    Api reviewer = Api.loggedIn(reviewerAccount);
    JsonObject before = reviewer.get("/api/v1/audit/reports/retention").json();
    assertEquals(1, before.getInt("adultsNotArchived"), before.toString());
    JsonArray monthsBefore = before.getJsonArray("months");
    assertEquals(12, monthsBefore.size());
    int archivedBefore = monthsBefore.getJsonObject(11).getInt("archived");

    lifecycle.runForSection(LocalDate.now(), section);
    JsonObject after = reviewer.get("/api/v1/audit/reports/retention").json();
    assertEquals(0, after.getInt("adultsNotArchived"), after.toString());
    assertEquals(
        archivedBefore + 1,
        after.getJsonArray("months").getJsonObject(11).getInt("archived"),
        after.toString());
    Api.Answer csv =
        reviewer.postAccepting(
            "/api/v1/audit/reports/exports", "{\"report\":\"RETENTION\"}", "text/csv");
    assertEquals(200, csv.status(), csv.body());
    String[] lines = csv.body().split("\r\n");
    assertTrue(lines[0].contains("RETENTION") && lines[0].contains("reference DPO-"), lines[0]);
    assertEquals(2 + 12 + 3, lines.length, csv.body());
    assertTrue(
        lines[13].endsWith(
            ","
                + (archivedBefore + 1)
                + ","
                + after.getJsonArray("months").getJsonObject(11).getInt("deleted")),
        lines[13]);
    assertEquals("overdue: adults not archived and without an extension,0,", lines[14]);
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'DPO_REPORT_EXPORTED'",
                    reviewerAccount.username()))
            .longValue(),
        "the export is audited");
  }

  @Test
  void theRegistersListEachRequestWithItsDeadlineAndStatusButNotWhoAskedOrWhat() {
    String section = "E07" + (100000 + random.nextInt(899999));
    LocalDate today = LocalDate.now();
    String child =
        records.create(
            ChildSpec.named("Ivy", "Register" + random.nextInt(1_000_000), today.minusYears(8))
                .inSection(section));
    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section)));
    Api.Answer sar =
        team.post(
            "/api/v1/manage/subject-access-requests",
            "{\"childId\":\""
                + child
                + "\",\"requester\":\"Her aunt Beatrix\",\"receivedOn\":\""
                + today.minusDays(40)
                + "\"}");
    assertEquals(201, sar.status(), sar.body());
    Api.Answer complaint =
        team.post(
            "/api/v1/manage/corrections",
            "{\"kind\":\"COMPLAINT\",\"childId\":\""
                + child
                + "\",\"what\":\"A rude letter\",\"requester\":\"Mr Quill\",\"receivedOn\":\""
                + today
                + "\"}");
    assertEquals(201, complaint.status(), complaint.body());

    TestAccount reviewerAccount =
        records.createAccount(AccountSpec.manager(section, Duty.AUDIT_REVIEW));
    Api reviewer = Api.loggedIn(reviewerAccount);
    Api.Answer registers = reviewer.get("/api/v1/audit/reports/registers");
    assertEquals(200, registers.status(), registers.body());
    JsonArray entries = registers.jsonArray();
    assertEquals(2, entries.size(), registers.body());
    JsonObject overdue = entries.getJsonObject(0);
    assertEquals(
        "SAR-" + sar.json().getJsonNumber("id").longValue(),
        overdue.getString("reference"),
        "the most pressing first");
    assertEquals("overdue", overdue.getString("status"), overdue.toString());
    assertEquals(sar.json().getString("dueOn"), overdue.getString("due"));
    JsonObject open = entries.getJsonObject(1);
    assertEquals("complaint", open.getString("register"));
    assertEquals(
        "COR-" + complaint.json().getJsonNumber("id").longValue(), open.getString("reference"));
    assertEquals("open", open.getString("status"));
    assertFalse(
        registers.body().contains("Beatrix")
            || registers.body().contains("Quill")
            || registers.body().contains("rude"),
        "who asked and what stay on the registers' screens: " + registers.body());

    Api.Answer csv =
        reviewer.postAccepting(
            "/api/v1/audit/reports/exports", "{\"report\":\"REGISTERS\"}", "text/csv");
    assertEquals(200, csv.status(), csv.body());
    assertEquals(2 + 2, csv.body().split("\r\n").length, csv.body());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'DPO_REPORT_EXPORTED'",
                    reviewerAccount.username()))
            .longValue(),
        "the export is audited");

    Api otherReviewer =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager("E07" + (100000 + random.nextInt(899999)), Duty.AUDIT_REVIEW)));
    assertEquals(
        0,
        otherReviewer.get("/api/v1/audit/reports/registers").jsonArray().size(),
        "another section's registers are its own");
    assertEquals(
        403,
        team.get("/api/v1/audit/reports/registers").status(),
        "the audit-review duty reads the reports, not every manager");
  }
}
