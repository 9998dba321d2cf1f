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
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * Sensitive services (DESIGN.md rule 6): stored only on a recorded basis (422 otherwise), shown to
 * practitioners only as a flag, named with their contact to the section's brokering managers, never
 * announced to others, and removed when consent is withdrawn.
 */
@ExtendWith(ArquillianExtension.class)
class SensitiveServicesIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(SensitiveServicesIT.class);
  }

  @EJB TestRecords records;

  @Test
  void aSensitiveServiceIsHeldOnlyOnARecordedBasisSeenOnlyAsAFlagAndGoneWhenConsentIsWithdrawn() {
    String section = "E0" + (7000000 + new Random().nextInt(999999));
    String child =
        records.create(
            ChildSpec.named(
                    "Maya",
                    "Sensitive" + new Random().nextInt(1_000_000),
                    LocalDate.now().minusYears(11).minusDays(new Random().nextInt(300)))
                .inSection(section));
    TestAccount teacherAccount =
        records.createAccount(AccountSpec.practitioner().inSection(section));
    Api teacher = Api.loggedIn(teacherAccount);
    assertEquals(
        201,
        teacher
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Learning mentor\",\"startDate\":\"" + LocalDate.now() + "\"}")
            .status(),
        "no consent needed for a school");

    TestAccount nurseAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    records.makeSensitive(nurseAccount.organisationId(), "SEXUAL_HEALTH");
    Api nurse = Api.loggedIn(nurseAccount);
    String base = "{\"role\":\"Sexual health nurse\",\"startDate\":\"" + LocalDate.now() + "\"";
    Api.Answer without = nurse.post("/api/v1/children/" + child + "/involvements", base + "}");
    assertEquals(422, without.status());
    assertEquals(
        "consentBasis", without.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Answer noNote =
        nurse.post(
            "/api/v1/children/" + child + "/involvements",
            base + ",\"consentBasis\":\"YOUNG_PERSON\"}");
    assertEquals(422, noNote.status());
    assertEquals(
        "consentNote", noNote.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM involvement i JOIN child c ON c.id = i.child_id WHERE c.public_id = ?",
                    child))
            .longValue(),
        "nothing stored without a basis");
    Api.Answer added =
        nurse.post(
            "/api/v1/children/" + child + "/involvements",
            base
                + ",\"consentBasis\":\"YOUNG_PERSON\",\"consentNote\":\"Maya asked for it and understood who would see what\"}");
    assertEquals(201, added.status(), added.body());
    long involvement = added.json().getJsonNumber("id").longValue();

    String service = "Test organisation " + nurseAccount.username();
    // The teacher: a flag, never the service; and no notification naming it.
    JsonObject seen = teacher.post("/api/v1/children/" + child + "/access", REASON).json();
    assertTrue(seen.getBoolean("sensitiveServicesInvolved"));
    assertFalse(
        seen.toString().contains(service) || seen.toString().contains("Sexual health nurse"),
        seen.toString());
    assertFalse(
        teacher.get("/api/v1/me/home").body().contains(service),
        "others are not told a sensitive service joined");
    // A manager of the section without the brokering duty: the flag only. With it: the service and
    // how to reach it.
    Api manager = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    assertFalse(
        manager.post("/api/v1/children/" + child + "/access", REASON).body().contains(service));
    Api broker = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.BROKERING)));
    String brokered = broker.post("/api/v1/children/" + child + "/access", REASON).body();
    assertTrue(
        brokered.contains(service) && brokered.contains(nurseAccount.username() + "@example.org"),
        brokered);
    Api otherBroker =
        Api.loggedIn(
            records.createAccount(
                AccountSpec.manager(
                    "E0" + (7000000 + new Random().nextInt(999999)), Duty.BROKERING)));
    assertFalse(
        otherBroker.post("/api/v1/children/" + child + "/access", REASON).body().contains(service),
        "another section's broker");

    // The service's own practitioner sees their own involvement (to end it, or remove it on
    // withdrawn consent), named.
    String own = nurse.post("/api/v1/children/" + child + "/access", REASON).body();
    assertTrue(own.contains("Sexual health nurse") && own.contains("\"mine\":true"), own);

    // Withdrawn consent: only the service withdraws it; the involvement is gone, not ended.
    assertEquals(
        403,
        teacher
            .post(
                "/api/v1/children/"
                    + child
                    + "/involvements/"
                    + involvement
                    + "/consent-withdrawal",
                "")
            .status());
    assertEquals(
        204,
        nurse
            .post(
                "/api/v1/children/"
                    + child
                    + "/involvements/"
                    + involvement
                    + "/consent-withdrawal",
                "")
            .status());
    assertFalse(
        teacher
            .post("/api/v1/children/" + child + "/access", REASON)
            .json()
            .getBoolean("sensitiveServicesInvolved"));
    assertEquals(
        0L,
        ((Number) records.scalar("SELECT COUNT(*) FROM involvement WHERE id = ?", involvement))
            .longValue());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND"
                        + " action = 'SENSITIVE_CONSENT_WITHDRAWN' AND outcome = 'SUCCESS'",
                    nurseAccount.username()))
            .longValue());
  }
}
