package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * Sources belong to someone (DESIGN.md rule 9): a section's user administrators register their own
 * sources and issue, rotate and revoke their keys; its data-quality team approves only its own
 * sources; national sources are the national operators'. Another section's source or key answers
 * 404, as if it did not exist.
 */
@ExtendWith(ArquillianExtension.class)
class SourceOwnershipIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(SourceOwnershipIT.class);
  }

  @EJB TestRecords records;

  private final Random random = new Random();

  private String sourceCode() {
    StringBuilder code = new StringBuilder("CASE-");
    for (int i = 0; i < 8; i++) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    return code.toString().toUpperCase(Locale.ROOT);
  }

  private static long id(Api.Answer answer) {
    return answer.json().getJsonNumber("id").longValue();
  }

  @Test
  void aSectionsItAdministratorRegistersRotatesAndRevokesItsOwnSourcesKeys() {
    String section = records.newSection();
    Api it = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    String source = sourceCode();
    Api.Answer first =
        it.post(
            "/api/v1/admin/source-keys",
            "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"E08000035\"}");
    assertEquals(201, first.status(), first.body());
    assertEquals(
        section,
        first.json().getString("section"),
        "registered to the issuer's own section, whatever it names");
    assertTrue(first.json().getString("key").startsWith("cpk_"));
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM feed_source f JOIN la_section s ON s.id = f.section_id"
                        + " WHERE f.source_code = ? AND s.code = ?",
                    source,
                    section))
            .longValue());

    Api.Answer rotated = it.post("/api/v1/admin/source-keys/" + id(first) + "/rotation", "{}");
    assertEquals(201, rotated.status(), rotated.body());
    assertFalse(rotated.json().getString("key").equals(first.json().getString("key")));
    Api.Answer listed = it.get("/api/v1/admin/source-keys");
    assertEquals(200, listed.status(), listed.body());
    assertFalse(listed.body().contains("cpk_"), "a listing never holds a key: " + listed.body());
    JsonObject old =
        listed.jsonArray().stream()
            .map(k -> k.asJsonObject())
            .filter(k -> k.getJsonNumber("id").longValue() == id(first))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the old key is listed: " + listed.body()));
    assertTrue(
        old.containsKey("revokedAt") && !old.isNull("revokedAt"),
        "rotating revokes the old key: " + old);
    assertEquals(
        409,
        it.post("/api/v1/admin/source-keys/" + id(first) + "/rotation", "{}").status(),
        "a revoked key is not rotated");

    assertEquals(204, it.delete("/api/v1/admin/source-keys/" + id(rotated)).status());
    Api.Answer sources = it.get("/api/v1/admin/sources");
    assertEquals(200, sources.status(), sources.body());
    assertTrue(
        sources.jsonArray().stream()
            .allMatch(s -> section.equals(s.asJsonObject().getString("section"))),
        "only the section's own sources: " + sources.body());
    assertTrue(sources.body().contains(source), sources.body());
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'SOURCE_KEY_REVOKED' AND target_ref = ?",
                    "source-key:" + id(rotated)))
            .longValue(),
        "audited");
  }

  @Test
  void anotherSectionsSourceAndKeysAnswerAsIfTheyDidNotExist() {
    String section = records.newSection();
    String other = records.newSection();
    Api it = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    TestAccount elsewhereAccount = records.createAccount(AccountSpec.userAdministrator(other));
    Api elsewhere = Api.loggedIn(elsewhereAccount);
    String source = sourceCode();
    Api.Answer key = it.post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + source + "\"}");
    assertEquals(201, key.status(), key.body());

    assertEquals(404, elsewhere.delete("/api/v1/admin/source-keys/" + id(key)).status());
    assertEquals(
        404, elsewhere.post("/api/v1/admin/source-keys/" + id(key) + "/rotation", "{}").status());
    assertEquals(
        404,
        elsewhere.post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + source + "\"}").status(),
        "no key for another section's source");
    assertFalse(elsewhere.get("/api/v1/admin/source-keys").body().contains(source));
    assertFalse(elsewhere.get("/api/v1/admin/sources").body().contains(source));
    assertEquals(
        1L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM audit_entry WHERE action = 'SOURCE_KEY_REVOKED' AND actor_username = ?"
                        + " AND outcome = 'NOT_FOUND'",
                    elsewhereAccount.username()))
            .longValue(),
        "the refusal is audited");

    Api otherTeam =
        Api.loggedIn(records.createAccount(AccountSpec.manager(other, Duty.DATA_QUALITY)));
    assertEquals(
        404, otherTeam.post("/api/v1/manage/sources/" + source + "/approval", "{}").status());
    assertEquals(
        404, otherTeam.post("/api/v1/manage/sources/" + source + "/new-trial", "{}").status());
    assertFalse(otherTeam.get("/api/v1/manage/sources").body().contains(source));

    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    Api.Answer notYet = team.post("/api/v1/manage/sources/" + source + "/approval", "{}");
    assertEquals(
        409, notYet.status(), "its own team reaches it; it has no trial yet: " + notYet.body());
    assertTrue(team.get("/api/v1/manage/sources").body().contains(source));
    assertEquals(
        403,
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)))
            .post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + sourceCode() + "\"}")
            .status(),
        "data quality does not issue keys");
  }

  @Test
  void practitionersHaveNoDoorAndNationalSourcesAreTheNationalOperators() {
    Api practitioner = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    assertEquals(403, practitioner.get("/api/v1/admin/source-keys").status());
    assertEquals(403, practitioner.get("/api/v1/admin/sources").status());
    assertEquals(
        403,
        practitioner
            .post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + sourceCode() + "\"}")
            .status());
    assertEquals(403, practitioner.get("/api/v1/manage/sources").status());

    String section = records.newSection();
    Api operator = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    String national = sourceCode();
    Api.Answer nationalKey =
        operator.post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + national + "\"}");
    assertEquals(201, nationalKey.status(), nationalKey.body());
    assertTrue(
        !nationalKey.json().containsKey("section") || nationalKey.json().isNull("section"),
        "national: " + nationalKey.body());
    String sections = sourceCode();
    Api.Answer sectionKey =
        operator.post(
            "/api/v1/admin/source-keys",
            "{\"sourceCode\":\"" + sections + "\",\"sectionCode\":\"" + section + "\"}");
    assertEquals(201, sectionKey.status(), sectionKey.body());
    assertEquals(
        section,
        sectionKey.json().getString("section"),
        "the operator registers a source to any section");
    Api.Answer unknown =
        operator.post(
            "/api/v1/admin/source-keys",
            "{\"sourceCode\":\"" + sourceCode() + "\",\"sectionCode\":\"E09999999\"}");
    assertEquals(422, unknown.status());
    assertTrue(unknown.body().contains("sectionCode"), unknown.body());

    String all = operator.get("/api/v1/manage/sources").body();
    assertTrue(
        all.contains(national) && all.contains(sections),
        "the national operator sees every source: " + all);
    Api.Answer nationalApproval =
        operator.post("/api/v1/manage/sources/" + national + "/approval", "{}");
    assertEquals(
        409,
        nationalApproval.status(),
        "the operator reaches a national source; it has no trial yet: " + nationalApproval.body());

    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.DATA_QUALITY)));
    assertEquals(
        404,
        team.post("/api/v1/manage/sources/" + national + "/approval", "{}").status(),
        "a national source is not a section's");
    String mine = team.get("/api/v1/manage/sources").body();
    assertTrue(mine.contains(sections) && !mine.contains(national), mine);
    Api it = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    assertEquals(404, it.delete("/api/v1/admin/source-keys/" + id(nationalKey)).status());
    assertEquals(
        204,
        it.delete("/api/v1/admin/source-keys/" + id(sectionKey)).status(),
        "the section's IT holds what the operator registered to it");
    assertEquals(204, operator.delete("/api/v1/admin/source-keys/" + id(nationalKey)).status());
  }
}
