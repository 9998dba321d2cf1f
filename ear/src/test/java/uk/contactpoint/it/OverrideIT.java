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
 * The override of a shield (DESIGN.md rule 5): only a child-protection user named by two members of
 * the section's shielding duty, only after the warning and with a justification, for one view; an
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
    String child =
        records.create(
            ChildSpec.named(
                    "Lily",
                    "Override" + new Random().nextInt(1_000_000),
                    LocalDate.now().minusYears(8).minusDays(new Random().nextInt(900)))
                .withPostcode("WF3 2CD", town)
                .inSection(section));
    TestAccount teamAccount = records.createAccount(AccountSpec.manager(section, Duty.SHIELDING));
    Api team = Api.loggedIn(teamAccount);
    assertEquals(
        403,
        team.post("/api/v1/manage/accounts/" + teamAccount.username() + "/override-right", "")
            .status(),
        "the shielding duty does not grant itself the right");
    assertEquals(
        201,
        team.post(
                "/api/v1/manage/children/" + child + "/shield",
                "{\"criterion\":\"WITNESS_PROTECTION\",\"reason\":\"Witness protection\"}")
            .status());
    TestAccount protectorAccount =
        records.createAccount(AccountSpec.practitioner().inSection(section));
    Api protector = Api.loggedIn(protectorAccount);
    String override =
        "{\"justification\":\"Section 47 enquiry tonight\",\"warningAcknowledged\":true}";

    // Not named yet: refused.
    assertEquals(403, protector.post("/api/v1/children/" + child + "/override", override).status());
    assertEquals(
        403,
        protector
            .post("/api/v1/manage/accounts/" + protectorAccount.username() + "/override-right", "")
            .status(),
        "nobody names themselves");
    // Two members of the shielding duty: one proposes, another confirms.
    assertEquals(
        202,
        team.post("/api/v1/manage/accounts/" + protectorAccount.username() + "/override-right", "")
            .status());
    assertEquals(
        403,
        protector.post("/api/v1/children/" + child + "/override", override).status(),
        "a proposal grants nothing");
    Api secondMember =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    assertEquals(
        204,
        secondMember
            .post(
                "/api/v1/manage/accounts/"
                    + protectorAccount.username()
                    + "/override-right/confirmation",
                "")
            .status());

    // Named: the warning and a justification are required.
    Api.Answer unwarned =
        protector.post("/api/v1/children/" + child + "/override", "{\"justification\":\"x\"}");
    assertEquals(422, unwarned.status());
    assertTrue(unwarned.body().contains("warningAcknowledged"), unwarned.body());
    assertEquals(
        422,
        protector
            .post("/api/v1/children/" + child + "/override", "{\"warningAcknowledged\":true}")
            .status());

    Api.Answer opened = protector.post("/api/v1/children/" + child + "/override", override);
    assertEquals(200, opened.status(), opened.body());
    assertTrue(opened.body().contains(town), "the details, in this view");
    // One view only: the next ordinary opening is the allowlist again.
    assertFalse(
        protector.post("/api/v1/children/" + child + "/access", REASON).body().contains(town));

    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM investigation i JOIN la_section s ON s.id = i.section_id"
                        + " WHERE i.subject_username = ? AND s.code = ? AND i.closed_at IS NULL",
                    protectorAccount.username(),
                    section))
            .longValue(),
        "an investigation for the section's team at once");
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'SHIELD_OVERRIDE'"
                        + " AND outcome = 'SUCCESS' AND child_ref = ?",
                    protectorAccount.username(),
                    child))
            .longValue());
    String justification =
        String.valueOf(
            records.scalar(
                "SELECT d.content FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id"
                    + " WHERE e.actor_username = ? AND e.action = 'SHIELD_OVERRIDE' AND e.outcome = 'SUCCESS'",
                protectorAccount.username()));
    assertTrue(justification.contains("Section 47 enquiry tonight"), justification);

    // Revoked: refused again.
    assertEquals(
        204,
        team.post(
                "/api/v1/manage/accounts/"
                    + protectorAccount.username()
                    + "/override-right/revocation",
                "")
            .status());
    assertEquals(403, protector.post("/api/v1/children/" + child + "/override", override).status());
  }

  /**
   * The override right takes two members of the section's shielding duty (DESIGN.md rule 5): the
   * proposer cannot confirm, the grantee decides nothing, another section's proposal is not found,
   * a refused or lapsed proposal cannot be confirmed, and every refusal is in the trail.
   */
  @Test
  void theOverrideRightTakesASecondMemberNeverTheProposerNorTheGrantee() {
    String section = "E0" + (7000000 + new Random().nextInt(999999));
    String elsewhere = "E0" + (6000000 + new Random().nextInt(999999));
    TestAccount proposerAccount =
        records.createAccount(AccountSpec.manager(section, Duty.SHIELDING));
    TestAccount confirmerAccount =
        records.createAccount(AccountSpec.manager(section, Duty.SHIELDING));
    TestAccount colleagueAccount =
        records.createAccount(AccountSpec.manager(section, Duty.SHIELDING));
    TestAccount outsiderAccount =
        records.createAccount(AccountSpec.manager(elsewhere, Duty.SHIELDING));
    String protector =
        records.createAccount(AccountSpec.practitioner().inSection(section)).username();
    Api proposer = Api.loggedIn(proposerAccount);
    Api confirmer = Api.loggedIn(confirmerAccount);
    Api colleague = Api.loggedIn(colleagueAccount);
    Api outsider = Api.loggedIn(outsiderAccount);
    String right = "/api/v1/manage/accounts/" + protector + "/override-right";

    Api.Answer proposed = proposer.post(right, "");
    assertEquals(202, proposed.status(), proposed.body());
    assertEquals(protector, proposed.json().getString("grantee"));
    assertEquals(proposerAccount.username(), proposed.json().getString("proposedBy"));
    assertEquals(409, confirmer.post(right, "").status(), "one proposal waits at a time");
    Api.Answer waiting = confirmer.get("/api/v1/manage/override-right-proposals");
    assertEquals(200, waiting.status());
    assertTrue(waiting.body().contains(protector), waiting.body());
    assertFalse(
        outsider.get("/api/v1/manage/override-right-proposals").body().contains(protector),
        "another section's queue");

    assertEquals(
        403,
        proposer.post(right + "/confirmation", "").status(),
        "the proposer does not confirm their own proposal");
    assertEquals(
        404,
        outsider.post(right + "/confirmation", "").status(),
        "another section's proposal is not found");
    assertEquals(404, outsider.post(right + "/refusal", "").status());
    assertEquals(404, outsider.post(right, "").status(), "another section's account is not found");
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)))
            .post(right + "/confirmation", "")
            .status(),
        "only the shielding duty decides");
    assertEquals(
        null,
        records.scalar(
            "SELECT override_granted_by FROM user_account WHERE username = ?", protector),
        "nothing granted yet");

    assertEquals(204, confirmer.post(right + "/confirmation", "").status());
    assertEquals(
        confirmerAccount.username(),
        records.scalar(
            "SELECT override_granted_by FROM user_account WHERE username = ?", protector));
    assertEquals(
        409,
        colleague.post(right + "/confirmation", "").status(),
        "a confirmed proposal is closed");
    assertFalse(
        confirmer.get("/api/v1/manage/override-right-proposals").body().contains(protector));

    // A member of the duty named for the right decides nothing about it.
    String colleagueRight =
        "/api/v1/manage/accounts/" + colleagueAccount.username() + "/override-right";
    assertEquals(202, proposer.post(colleagueRight, "").status());
    assertEquals(
        403,
        colleague.post(colleagueRight + "/confirmation", "").status(),
        "the grantee does not confirm");
    assertEquals(403, colleague.post(colleagueRight + "/refusal", "").status(), "nor refuse");
    // Refused by another member: it cannot be confirmed any more.
    assertEquals(204, confirmer.post(colleagueRight + "/refusal", "").status());
    assertEquals(
        409,
        confirmer.post(colleagueRight + "/confirmation", "").status(),
        "a refused proposal cannot be confirmed");
    // Lapsed: proposed eight days ago and never confirmed.
    assertEquals(202, proposer.post(colleagueRight, "").status());
    records.execute(
        "UPDATE override_right_proposal SET proposed_at = ?, expires_at = ? WHERE outcome IS NULL"
            + " AND grantee_id = (SELECT id FROM user_account WHERE username = ?)",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(8))),
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))),
        colleagueAccount.username());
    assertFalse(
        confirmer
            .get("/api/v1/manage/override-right-proposals")
            .body()
            .contains(colleagueAccount.username()),
        "a lapsed proposal no longer waits");
    assertEquals(
        409,
        confirmer.post(colleagueRight + "/confirmation", "").status(),
        "a lapsed proposal cannot be confirmed");
    // Proposed again, then withdrawn by its proposer.
    assertEquals(202, proposer.post(colleagueRight, "").status());
    assertEquals(204, proposer.post(colleagueRight + "/refusal", "").status());
    assertEquals(
        null,
        records.scalar(
            "SELECT override_granted_by FROM user_account WHERE username = ?",
            colleagueAccount.username()));

    assertEquals(
        1L,
        audited(proposerAccount, "OVERRIDE_RIGHT_GRANTED", "DENIED"),
        "the proposer's own confirmation");
    assertEquals(
        1L,
        audited(colleagueAccount, "OVERRIDE_RIGHT_GRANTED", "DENIED"),
        "the grantee's confirmation");
    assertEquals(
        1L, audited(colleagueAccount, "OVERRIDE_RIGHT_REFUSED", "DENIED"), "the grantee's refusal");
    assertEquals(1L, audited(outsiderAccount, "OVERRIDE_RIGHT_GRANTED", "NOT_FOUND"));
    assertEquals(1L, audited(outsiderAccount, "OVERRIDE_RIGHT_REFUSED", "NOT_FOUND"));
    assertEquals(1L, audited(outsiderAccount, "OVERRIDE_RIGHT_PROPOSED", "NOT_FOUND"));
    assertEquals(
        1L,
        audited(confirmerAccount, "OVERRIDE_RIGHT_PROPOSED", "REJECTED"),
        "the second proposal while one waits");
    assertEquals(
        2L,
        audited(confirmerAccount, "OVERRIDE_RIGHT_GRANTED", "REJECTED"),
        "the refused and the lapsed proposal");
    assertEquals(
        1L,
        audited(colleagueAccount, "OVERRIDE_RIGHT_GRANTED", "REJECTED"),
        "the one confirmed already");
    assertEquals(
        4L,
        audited(proposerAccount, "OVERRIDE_RIGHT_PROPOSED", "SUCCESS"),
        "the protector, then the colleague three times");
    assertEquals(1L, audited(confirmerAccount, "OVERRIDE_RIGHT_GRANTED", "SUCCESS"));
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = 'OVERRIDE_RIGHT_GRANTED'"
                        + " AND outcome = 'SUCCESS' AND target_ref = ?",
                    confirmerAccount.username(),
                    "account:" + protector))
            .longValue(),
        "the grant names the grantee");
    String withdrawal =
        String.valueOf(
            records.scalar(
                "SELECT d.content FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id"
                    + " WHERE e.actor_username = ? AND e.action = 'OVERRIDE_RIGHT_REFUSED' AND e.outcome = 'SUCCESS'",
                proposerAccount.username()));
    assertTrue(withdrawal.contains("WITHDRAWN"), withdrawal);
  }

  private long audited(TestAccount actor, String action, String outcome) {
    return ((Number)
            records.scalar(
                "SELECT COUNT(*) FROM audit_entry WHERE actor_username = ? AND action = ? AND outcome = ?",
                actor.username(),
                action,
                outcome))
        .longValue();
  }
}
