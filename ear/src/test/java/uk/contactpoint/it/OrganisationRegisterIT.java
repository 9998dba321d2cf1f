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
 * sensitive service marked there is only flagged to practitioners; another section's
 * organisation answers 404 to every act.
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

  private String section() {
    String code = "E0" + (7000000 + random.nextInt(999999));
    records.create(ChildSpec.named("Anchor", "Anchor", LocalDate.now().minusYears(3)).inSection(code));
    return code;
  }

  private String urn() {
    return String.valueOf(100000 + random.nextInt(899999));
  }

  @Test
  void aSectionsAdministratorRegistersAccreditsAndClosesItsOwnOrganisationsOnly() {
    String section = section();
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    String urn = urn();
    Api.Answer school = admin.post("/api/v1/admin/organisations", "{\"kind\":\"SCHOOL\",\"code\":\"" + urn
        + "\",\"name\":\"Otley Primary\",\"town\":\"Otley\",\"phone\":\"0113 496 0100\"}");
    assertEquals(201, school.status(), school.body());
    long schoolId = school.json().getJsonNumber("id").longValue();
    assertEquals(section, school.json().getString("section"), "registered in the administrator's own section");
    assertEquals(409, admin.post("/api/v1/admin/organisations", "{\"kind\":\"SCHOOL\",\"code\":\"" + urn + "\",\"name\":\"Again\"}").status(),
        "a URN names one school");

    Api.Answer bad = admin.post("/api/v1/admin/organisations", "{\"kind\":\"GP_SURGERY\",\"code\":\"12345\",\"name\":\"\",\"phone\":\"call us\"}");
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.body().contains("\"code\"") && bad.body().contains("\"name\"") && bad.body().contains("\"phone\""), bad.body());
    Api.Answer clinic = admin.post("/api/v1/admin/organisations", "{\"kind\":\"HEALTH_SERVICE\",\"name\":\"Wharfedale Clinic\","
        + "\"sensitiveCategory\":\"SEXUAL_HEALTH\",\"sourceCode\":\"HEALTH-WHARFE\"}");
    assertEquals(201, clinic.status(), clinic.body());
    assertEquals("SEXUAL_HEALTH", clinic.json().getString("sensitiveCategory"));
    assertEquals("HEALTH-WHARFE", clinic.json().getString("sourceCode"));

    assertEquals(422, admin.post("/api/v1/admin/organisations/" + schoolId + "/accreditation", "{\"accountLimit\":0}").status());
    assertEquals(204, admin.post("/api/v1/admin/organisations/" + schoolId + "/accreditation", "{\"accountLimit\":5}").status());
    Api.Answer changed = admin.put("/api/v1/admin/organisations/" + schoolId, "{\"code\":\"" + urn + "\",\"name\":\"Otley Church Primary\","
        + "\"town\":\"Otley\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals("Otley Church Primary", changed.json().getString("name"));
    assertEquals(5, changed.json().getInt("accountLimit"), "a change keeps the accreditation");

    // Another section's administrator sees none of it and can do nothing to it.
    Api other = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section())));
    assertFalse(other.get("/api/v1/admin/organisations").body().contains("Otley Church Primary"));
    assertEquals(404, other.put("/api/v1/admin/organisations/" + schoolId, "{\"name\":\"Taken over\"}").status());
    assertEquals(404, other.post("/api/v1/admin/organisations/" + schoolId + "/accreditation", "{\"accountLimit\":50}").status());
    assertEquals(404, other.delete("/api/v1/admin/organisations/" + schoolId + "/accreditation").status());
    assertEquals(404, other.post("/api/v1/admin/organisations/" + schoolId + "/closure", "{}").status());
    assertEquals(403, Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section))).get("/api/v1/admin/organisations")
        .status());

    Api.Answer closed = admin.post("/api/v1/admin/organisations/" + schoolId + "/closure", "{}");
    assertEquals(200, closed.status(), closed.body());
    assertEquals(LocalDate.now().toString(), closed.json().getString("closedOn"));
    assertFalse(closed.json().containsKey("accreditedOn"), "closing revokes the accreditation: " + closed.body());
    assertEquals(409, admin.post("/api/v1/admin/organisations/" + schoolId + "/accreditation", "{\"accountLimit\":5}").status());
    assertEquals(1L, ((Number) records.scalar("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORGANISATION_CLOSED' AND target_ref = ?",
        "organisation:" + schoolId)).longValue(), "audited");
  }

  @Test
  void aServiceMarkedSensitiveInTheRegisterIsOnlyFlaggedAndClosingItSuspendsItsStaff() {
    String section = section();
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    TestAccount nurseAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    String child = records.create(ChildSpec.named("Maya", "Register", LocalDate.now().minusYears(14)).inSection(section));
    JsonObject service = admin.get("/api/v1/admin/organisations").jsonArray().stream().map(v -> v.asJsonObject())
        .filter(o -> o.getJsonNumber("id").longValue() == nurseAccount.organisationId()).findFirst().orElseThrow();
    Api.Answer marked = admin.put("/api/v1/admin/organisations/" + nurseAccount.organisationId(), "{\"name\":\"" + service.getString("name")
        + "\",\"sensitiveCategory\":\"SEXUAL_HEALTH\"}");
    assertEquals(200, marked.status(), marked.body());

    Api nurse = Api.loggedIn(nurseAccount);
    String involvement = "{\"role\":\"Sexual health nurse\",\"startDate\":\"" + LocalDate.now() + "\"";
    assertEquals(422, nurse.post("/api/v1/children/" + child + "/involvements", involvement + "}").status(), "consent is now required");
    assertEquals(201, nurse.post("/api/v1/children/" + child + "/involvements", involvement
        + ",\"consentBasis\":\"YOUNG_PERSON\",\"consentNote\":\"She asked\"}").status());
    JsonObject seen = Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)))
        .post("/api/v1/children/" + child + "/access", REASON).json();
    assertTrue(seen.getBoolean("sensitiveServicesInvolved"));
    assertFalse(seen.toString().contains(service.getString("name")), seen.toString());

    assertEquals(200, admin.post("/api/v1/admin/organisations/" + nurseAccount.organisationId() + "/closure", "{}").status());
    assertEquals("SUSPENDED", records.accountStatus(nurseAccount.username()), "the staff of a closed organisation cannot log in");
  }
}
