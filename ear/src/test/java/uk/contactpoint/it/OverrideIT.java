package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
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
 * The override of a shield (DESIGN.md rule 5, the shielding issue item 5): only a named
 * child-protection user, only after the warning and with a justification, for one view; an
 * investigation opens for the section's team at once; everything audited.
 */
@ExtendWith(ArquillianExtension.class)
class OverrideIT {

  private static final String REASON = "{\"reason\":\"RISK_OF_HARM\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(OverrideIT.class);
  }

  @EJB TestRecords records;

  @Test
  void aNamedChildProtectionUserSeesAShieldedRecordOnceAndAnInvestigationOpens() {
    String section = "E0" + (7000000 + new Random().nextInt(999999));
    String town = "Overridetown" + new Random().nextInt(1_000_000);
    String child = records.create(ChildSpec.named("Lily", "Override" + new Random().nextInt(1_000_000),
        LocalDate.now().minusYears(8).minusDays(new Random().nextInt(900))).withPostcode("WF3 2CD", town).inSection(section));
    TestAccount teamAccount = records.createAccount(AccountSpec.manager(section, Duty.SHIELDING));
    Api team = Api.loggedIn(teamAccount);
    assertEquals(403, team.post("/api/v1/manage/accounts/" + teamAccount.username() + "/override-right", "").status(),
        "the shielding duty does not grant itself the right");
    assertEquals(201, team.post("/api/v1/manage/children/" + child + "/shield",
        "{\"criterion\":\"WITNESS_PROTECTION\",\"reason\":\"Witness protection\"}").status());
    TestAccount protectorAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api protector = Api.loggedIn(protectorAccount);
    String override = "{\"justification\":\"Section 47 enquiry tonight\",\"warningAcknowledged\":true}";

    // Not named yet: refused.
    assertEquals(403, protector.post("/api/v1/children/" + child + "/override", override).status());
    assertEquals(403, protector.post("/api/v1/manage/accounts/" + protectorAccount.username() + "/override-right", "").status(),
        "nobody names themselves");
    assertEquals(204, team.post("/api/v1/manage/accounts/" + protectorAccount.username() + "/override-right", "").status());

    // Named: the warning and a justification are required.
    Api.Answer unwarned = protector.post("/api/v1/children/" + child + "/override", "{\"justification\":\"x\"}");
    assertEquals(422, unwarned.status());
    assertTrue(unwarned.body().contains("warningAcknowledged"), unwarned.body());
    assertEquals(422, protector.post("/api/v1/children/" + child + "/override", "{\"warningAcknowledged\":true}").status());

    Api.Answer opened = protector.post("/api/v1/children/" + child + "/override", override);
    assertEquals(200, opened.status(), opened.body());
    assertTrue(opened.body().contains(town), "the details, in this view");
    // One view only: the next ordinary opening is the allowlist again.
    assertFalse(protector.post("/api/v1/children/" + child + "/access", REASON).body().contains(town));

    assertEquals(1L, ((Number) records.scalar("SELECT COUNT(*) FROM investigation i JOIN la_section s ON s.id = i.section_id"
        + " WHERE i.subject_username = ? AND s.code = ? AND i.closed_at IS NULL", protectorAccount.username(), section)).longValue(),
        "an investigation for the section's team at once");
    assertEquals(1L, ((Number) records.scalar("SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'SHIELD_OVERRIDE'"
        + " AND outcome = 'SUCCESS' AND child_ref = ?", protectorAccount.username(), child)).longValue());
    String justification = String.valueOf(records.scalar("SELECT d.content FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id"
        + " WHERE e.actor_username = ? AND e.action = 'SHIELD_OVERRIDE' AND e.outcome = 'SUCCESS'", protectorAccount.username()));
    assertTrue(justification.contains("Section 47 enquiry tonight"), justification);

    // Revoked: refused again.
    assertEquals(204, team.post("/api/v1/manage/accounts/" + protectorAccount.username() + "/override-right/revocation", "").status());
    assertEquals(403, protector.post("/api/v1/children/" + child + "/override", override).status());
  }
}
