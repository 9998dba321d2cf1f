package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/**
 * The national registers read into the organisation register, from small files in their published
 * formats: a section's administrator imports their own schools from Get Information About Schools,
 * again and again without doubling anything; the national operator imports GP practices from the
 * NHS practice file; nobody else imports, and nobody imports another section's schools.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationImportIT {

  private static final String GIAS_HEADER =
      "URN,LA (code),LA (name),EstablishmentName,EstablishmentStatus (name),CloseDate,Town,TelephoneNum,"
          + "GSSLACode (name)\n";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(OrganisationImportIT.class);
  }

  @EJB TestRecords records;

  private final Random random = new Random();

  private String urn() {
    return String.valueOf(100000 + random.nextInt(899999));
  }

  private static String school(
      String urn, String name, String status, String closeDate, String section) {
    return urn
        + ",999,Somewhere,\""
        + name
        + "\","
        + status
        + ","
        + closeDate
        + ",Otley,0113 496 0101,"
        + section
        + "\n";
  }

  private static JsonObject imported(Api api, String path, String file) {
    Api.Answer answer =
        api.postText("/api/v1/admin/organisations/imports/" + path, "text/csv", file);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private long organisations(String code) {
    return ((Number) records.scalar("SELECT COUNT(*) FROM organisation WHERE code = ?", code))
        .longValue();
  }

  @Test
  void aSectionsAdministratorImportsItsOwnSchoolsAndAnImportRunTwiceChangesNothing() {
    String section = records.newSection();
    String other = records.newSection();
    uk.contactpoint.it.support.TestAccount administrator =
        records.createAccount(AccountSpec.userAdministrator(section));
    Api admin = Api.loggedIn(administrator);
    String mine = urn();
    String theirs = urn();
    String gone = urn();
    String file =
        GIAS_HEADER
            + school(mine, "Otley, Bridge Primary", "Open", "", section)
            + school(theirs, "Elsewhere Primary", "Open", "", other)
            + school(gone, "Old Primary", "Closed", "31-08-2019", section)
            + "12,999,Somewhere,,Open,,Otley,,E99\n";

    JsonObject first = imported(admin, "schools", file);
    assertEquals(1, first.getInt("added"), first.toString());
    assertEquals(
        1,
        first.getInt("outsideSection"),
        "another authority's school is not the administrator's to register");
    assertEquals(1, first.getInt("ignored"), "a school closed before ContactPoint knew it");
    assertEquals(
        3,
        first.getJsonArray("errors").size(),
        "the bad row's URN, name and authority, each named: " + first);
    assertTrue(first.getJsonArray("errors").toString().contains("line 5"), first.toString());
    assertEquals(1, organisations(mine));
    assertEquals(0, organisations(theirs));
    assertEquals(
        section,
        records.scalar(
            "SELECT s.code FROM organisation o JOIN la_section s ON s.id = o.section_id WHERE o.code = ?",
            mine));

    JsonObject again = imported(admin, "schools", file);
    assertEquals(0, again.getInt("added"), again.toString());
    assertEquals(1, again.getInt("unchanged"), again.toString());
    assertEquals(1, organisations(mine), "idempotent: the same file adds nothing twice");

    JsonObject renamed =
        imported(
            admin,
            "schools",
            GIAS_HEADER + school(mine, "Otley Bridge Academy", "Open", "", section));
    assertEquals(1, renamed.getInt("changed"), renamed.toString());
    assertEquals(
        "Otley Bridge Academy",
        records.scalar("SELECT name FROM organisation WHERE code = ?", mine));

    long id =
        ((Number) records.scalar("SELECT id FROM organisation WHERE code = ?", mine)).longValue();
    assertEquals(
        204,
        admin
            .post("/api/v1/admin/organisations/" + id + "/accreditation", "{\"accountLimit\":3}")
            .status());
    JsonObject closed =
        imported(
            admin,
            "schools",
            GIAS_HEADER + school(mine, "Otley Bridge Academy", "Closed", "31-07-2026", section));
    assertEquals(1, closed.getInt("closed"), closed.toString());
    assertEquals(
        LocalDate.of(2026, 7, 31).toString(),
        records.scalar("SELECT closed_on FROM organisation WHERE id = ?", id).toString());
    assertEquals(
        null,
        records.scalar("SELECT accredited_on FROM organisation WHERE id = ?", id),
        "closing revokes the accreditation");
    assertEquals(
        4L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'ORGANISATIONS_IMPORTED'"
                        + " AND target_ref = 'register:schools' AND actor_username = ?",
                    administrator.username()))
            .longValue(),
        "each import is audited");

    // The national operator imports any served section's schools; an unserved authority's are left
    // out.
    Api operator = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    JsonObject national =
        imported(
            operator,
            "schools",
            GIAS_HEADER
                + school(theirs, "Elsewhere Primary", "Open", "", other)
                + school(urn(), "Nowhere Primary", "Open", "", "E06999999"));
    assertEquals(1, national.getInt("added"), national.toString());
    assertEquals(1, national.getInt("outsideSection"), national.toString());
    // ... and the first administrator cannot change it by importing a file that claims it for their
    // section.
    JsonObject claimed =
        imported(
            admin, "schools", GIAS_HEADER + school(theirs, "Claimed Primary", "Open", "", section));
    assertTrue(
        claimed.getJsonArray("errors").toString().contains("another section"), claimed.toString());
    assertEquals(
        "Elsewhere Primary",
        records.scalar("SELECT name FROM organisation WHERE code = ?", theirs));
  }

  @Test
  void onlyTheNationalOperatorImportsGpPracticesAndOnlyAdministratorsImportAtAll() {
    String section = records.newSection();
    String code = "Y" + (10000 + random.nextInt(89999));
    String practices =
        "\""
            + code
            + "\",\"WHARFEDALE SURGERY\",\"Y63\",\"QWO\",\"1 PARK ROAD\",\"\",\"\",\"OTLEY\",\"\",\"LS21 3AA\",\"19740401\",\"\",\"A\","
            + "\"B\",\"15F\",\"\",\"\",\"0113 496 0500\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"4\",\"\"\n"
            + "\"Y99999\",\"HMP SOMEWHERE\",\"Y63\",\"QWO\",\"\",\"\",\"\",\"LEEDS\",\"\",\"LS12 2TJ\",\"19990401\",\"\",\"A\",\"B\",\"15F\",\"\",\"\",\"\",\"\","
            + "\"\",\"\",\"0\",\"\",\"\",\"\",\"1\",\"\"\n";
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    assertEquals(
        403,
        admin
            .postText("/api/v1/admin/organisations/imports/gp-practices", "text/csv", practices)
            .status());
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(
        403,
        practitioner
            .postText("/api/v1/admin/organisations/imports/schools", "text/csv", GIAS_HEADER)
            .status());
    assertEquals(0, organisations(code));

    Api operator = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    JsonObject first = imported(operator, "gp-practices", practices);
    assertEquals(1, first.getInt("added"), first.toString());
    assertEquals(1, first.getInt("ignored"), "the prison is not a GP practice");
    assertEquals(
        "Wharfedale Surgery", records.scalar("SELECT name FROM organisation WHERE code = ?", code));
    assertEquals(
        null,
        records.scalar("SELECT section_id FROM organisation WHERE code = ?", code),
        "registered nationally");
    assertEquals(0, imported(operator, "gp-practices", practices).getInt("added"), "idempotent");

    Api.Answer notAFile =
        operator.postText(
            "/api/v1/admin/organisations/imports/schools",
            "text/csv",
            "URN,Name\n100000,A school\n");
    assertEquals(422, notAFile.status(), notAFile.body());
    assertTrue(
        notAFile.body().contains("\"file\"") && notAFile.body().contains("EstablishmentName"),
        notAFile.body());
  }
}
