package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * The organisation register, so that an authority goes live without demo data: its user
 * administrators register, change, accredit and close their own section's organisations; a
 * sensitive service marked there is only flagged to practitioners; another section's organisation
 * answers 404 to every act.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationRegisterIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(OrganisationRegisterIT.class);
  }

  @EJB TestRecords records;

  private final Random random = new Random();

  private String urn() {
    return String.valueOf(100000 + random.nextInt(899999));
  }

  /**
   * A new local authority goes live: the national operator registers its section, its own services
   * in it, and opens its first user administrator there; nobody else registers sections.
   */
  @Test
  void theNationalOperatorRegistersALocalAuthorityAndOpensItsFirstAdministratorInIt() {
    Api operator = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    String code = "E06" + (100000 + random.nextInt(899999));
    Api.Answer added =
        operator.post(
            "/api/v1/admin/sections",
            "{\"code\":\""
                + code.toLowerCase(java.util.Locale.ROOT)
                + "\",\"name\":\"  Wharfedale Council \"}");
    assertEquals(201, added.status(), added.body());
    assertEquals(code, added.json().getString("code"));
    assertEquals("Wharfedale Council", added.json().getString("name"));
    assertEquals(
        409,
        operator
            .post("/api/v1/admin/sections", "{\"code\":\"" + code + "\",\"name\":\"Again\"}")
            .status());
    Api.Answer bad =
        operator.post("/api/v1/admin/sections", "{\"code\":\"W06000001\",\"name\":\"\"}");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.body().contains("\"code\"") && bad.body().contains("\"name\""), bad.body());
    assertTrue(operator.get("/api/v1/admin/sections").body().contains("\"" + code + "\""));
    Api.Answer renamed =
        operator.put(
            "/api/v1/admin/sections/" + code, "{\"name\":\"Wharfedale Metropolitan Council\"}");
    assertEquals(200, renamed.status(), renamed.body());
    assertEquals("Wharfedale Metropolitan Council", renamed.json().getString("name"));
    assertEquals(
        404, operator.put("/api/v1/admin/sections/E10999999", "{\"name\":\"Nowhere\"}").status());

    Api.Answer council =
        operator.post(
            "/api/v1/admin/organisations",
            "{\"kind\":\"LOCAL_AUTHORITY_SERVICE\",\"name\":\"Wharfedale Children's Services\","
                + "\"sectionCode\":\""
                + code
                + "\"}");
    assertEquals(201, council.status(), council.body());
    long councilId = council.json().getJsonNumber("id").longValue();
    assertEquals(
        204,
        operator
            .post(
                "/api/v1/admin/organisations/" + councilId + "/accreditation",
                "{\"accountLimit\":10}")
            .status());
    Api.Answer first =
        operator.post(
            "/api/v1/admin/accounts",
            "{\"username\":\"wharfe"
                + random.nextInt(1_000_000)
                + "\",\"fullName\":\"Ada Admin\","
                + "\"jobTitle\":\"Systems officer\",\"organisationId\":"
                + councilId
                + ",\"email\":\"ada@wharfedale.example\",\"sectionCode\":\""
                + code
                + "\",\"roles\":[\"LA_MANAGER\"],\"duties\":[\"USER_ADMINISTRATION\"],\"vettedOn\":\""
                + LocalDate.now().minusMonths(1)
                + "\",\"trainedOn\":\""
                + LocalDate.now().minusMonths(1)
                + "\",\"agreementSignedOn\":\""
                + LocalDate.now().minusMonths(1)
                + "\"}");
    assertEquals(201, first.status(), first.body());
    jakarta.json.JsonObject listed =
        operator.get("/api/v1/admin/sections").jsonArray().stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(entry -> code.equals(entry.getString("code")))
            .findFirst()
            .orElseThrow();
    assertEquals(1, listed.getInt("accounts"), listed.toString());
    assertEquals(1, listed.getInt("organisations"), listed.toString());

    Api sectionAdmin =
        Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(records.newSection())));
    assertEquals(
        403,
        sectionAdmin
            .post("/api/v1/admin/sections", "{\"code\":\"E06000999\",\"name\":\"Mine\"}")
            .status());
    assertEquals(403, sectionAdmin.get("/api/v1/admin/sections").status());
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.practitioner()))
            .put("/api/v1/admin/sections/" + code, "{\"name\":\"Taken over\"}")
            .status());
    assertEquals(
        "Wharfedale Metropolitan Council",
        records.scalar("SELECT name FROM la_section WHERE code = ?", code),
        "unchanged by them");
  }

  @Test
  void aSectionsAdministratorRegistersAccreditsAndClosesItsOwnOrganisationsOnly() {
    String section = records.newSection();
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    String urn = urn();
    Api.Answer school =
        admin.post(
            "/api/v1/admin/organisations",
            "{\"kind\":\"SCHOOL\",\"code\":\""
                + urn
                + "\",\"name\":\"Otley Primary\",\"town\":\"Otley\",\"phone\":\"0113 496 0100\"}");
    assertEquals(201, school.status(), school.body());
    long schoolId = school.json().getJsonNumber("id").longValue();
    assertEquals(
        section,
        school.json().getString("section"),
        "registered in the administrator's own section");
    assertEquals(
        409,
        admin
            .post(
                "/api/v1/admin/organisations",
                "{\"kind\":\"SCHOOL\",\"code\":\"" + urn + "\",\"name\":\"Again\"}")
            .status(),
        "a URN names one school");

    Api.Answer bad =
        admin.post(
            "/api/v1/admin/organisations",
            "{\"kind\":\"GP_SURGERY\",\"code\":\"12345\",\"name\":\"\",\"phone\":\"call us\"}");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(
        bad.body().contains("\"code\"")
            && bad.body().contains("\"name\"")
            && bad.body().contains("\"phone\""),
        bad.body());
    Api.Answer clinic =
        admin.post(
            "/api/v1/admin/organisations",
            "{\"kind\":\"HEALTH_SERVICE\",\"name\":\"Wharfedale Clinic\","
                + "\"sensitiveCategory\":\"SEXUAL_HEALTH\",\"sourceCode\":\"HEALTH-WHARFE\"}");
    assertEquals(201, clinic.status(), clinic.body());
    assertEquals("SEXUAL_HEALTH", clinic.json().getString("sensitiveCategory"));
    assertEquals("HEALTH-WHARFE", clinic.json().getString("sourceCode"));

    assertEquals(
        422,
        admin
            .post(
                "/api/v1/admin/organisations/" + schoolId + "/accreditation",
                "{\"accountLimit\":0}")
            .status());
    assertEquals(
        204,
        admin
            .post(
                "/api/v1/admin/organisations/" + schoolId + "/accreditation",
                "{\"accountLimit\":5}")
            .status());
    Api.Answer changed =
        admin.put(
            "/api/v1/admin/organisations/" + schoolId,
            "{\"code\":\"" + urn + "\",\"name\":\"Otley Church Primary\"," + "\"town\":\"Otley\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals("Otley Church Primary", changed.json().getString("name"));
    assertEquals(5, changed.json().getInt("accountLimit"), "a change keeps the accreditation");

    // Another section's administrator sees none of it and can do nothing to it.
    Api other =
        Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(records.newSection())));
    assertFalse(other.get("/api/v1/admin/organisations").body().contains("Otley Church Primary"));
    assertEquals(
        404,
        other.put("/api/v1/admin/organisations/" + schoolId, "{\"name\":\"Taken over\"}").status());
    assertEquals(
        404,
        other
            .post(
                "/api/v1/admin/organisations/" + schoolId + "/accreditation",
                "{\"accountLimit\":50}")
            .status());
    assertEquals(
        404, other.delete("/api/v1/admin/organisations/" + schoolId + "/accreditation").status());
    assertEquals(
        404, other.post("/api/v1/admin/organisations/" + schoolId + "/closure", "{}").status());
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)))
            .get("/api/v1/admin/organisations")
            .status());

    Api.Answer closed = admin.post("/api/v1/admin/organisations/" + schoolId + "/closure", "{}");
    assertEquals(200, closed.status(), closed.body());
    assertEquals(LocalDate.now().toString(), closed.json().getString("closedOn"));
    assertFalse(
        closed.json().containsKey("accreditedOn"),
        "closing revokes the accreditation: " + closed.body());
    assertEquals(
        409,
        admin
            .post(
                "/api/v1/admin/organisations/" + schoolId + "/accreditation",
                "{\"accountLimit\":5}")
            .status());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'ORGANISATION_CLOSED' AND target_ref = ?",
                    "organisation:" + schoolId))
            .longValue(),
        "audited");
  }

  @Test
  void aServiceMarkedSensitiveInTheRegisterIsOnlyFlaggedAndClosingItSuspendsItsStaff() {
    String section = records.newSection();
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    TestAccount nurseAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    String child =
        records.create(
            ChildSpec.named("Maya", "Register", LocalDate.now().minusYears(14)).inSection(section));
    JsonObject service =
        admin.get("/api/v1/admin/organisations").jsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getJsonNumber("id").longValue() == nurseAccount.organisationId())
            .findFirst()
            .orElseThrow();
    Api.Answer marked =
        admin.put(
            "/api/v1/admin/organisations/" + nurseAccount.organisationId(),
            "{\"name\":\""
                + service.getString("name")
                + "\",\"sensitiveCategory\":\"SEXUAL_HEALTH\"}");
    assertEquals(200, marked.status(), marked.body());

    Api nurse = Api.loggedIn(nurseAccount);
    String involvement =
        "{\"role\":\"Sexual health nurse\",\"startDate\":\"" + LocalDate.now() + "\"";
    assertEquals(
        422,
        nurse.post("/api/v1/children/" + child + "/involvements", involvement + "}").status(),
        "consent is now required");
    assertEquals(
        201,
        nurse
            .post(
                "/api/v1/children/" + child + "/involvements",
                involvement + ",\"consentBasis\":\"YOUNG_PERSON\",\"consentNote\":\"She asked\"}")
            .status());
    JsonObject seen =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)))
            .post("/api/v1/children/" + child + "/access", REASON)
            .json();
    assertTrue(seen.getBoolean("sensitiveServicesInvolved"));
    assertFalse(seen.toString().contains(service.getString("name")), seen.toString());

    assertEquals(
        200,
        admin
            .post("/api/v1/admin/organisations/" + nurseAccount.organisationId() + "/closure", "{}")
            .status());
    assertEquals(
        "SUSPENDED",
        records.accountStatus(nurseAccount.username()),
        "the staff of a closed organisation cannot log in");
  }
}
