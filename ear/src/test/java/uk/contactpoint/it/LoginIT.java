package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.boundary.AccountHousekeeping;
import uk.contactpoint.accounts.control.LegacyPbkdf2;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * Two-factor login enforced by the server: every way of getting it wrong, and what the container
 * then lets through. Each test makes its own accounts.
 */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

  private static final String SEARCH = "{\"name\":\"Kelly\",\"yearOfBirth\":2011}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(LoginIT.class);
  }

  @EJB TestRecords records;
  @EJB AccountHousekeeping housekeeping;

  private TestAccount practitioner() {
    return records.createAccount(AccountSpec.practitioner());
  }

  @Test
  void allFourFactorsOpenASessionWithTheAccountsRoles() {
    TestAccount account = practitioner();
    Api api = new Api();
    Api.Answer login = api.post("/api/v1/session", account.loginJson());
    assertEquals(200, login.status(), login.body());
    assertEquals(account.username(), login.json().getString("user"));
    assertEquals(
        List.of("PRACTITIONER"),
        login.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(200, api.search(SEARCH).status());
  }

  @Test
  void eachWrongFactorGivesTheSame401() {
    TestAccount account = practitioner();
    Api api = new Api();
    String fresh = account.nextCode();
    List<String> attempts =
        List.of(
            account.loginJson("wrong-password-123", account.pin(), fresh),
            account.loginJson(account.password(), "0000", fresh),
            account.loginJson(
                account.password(), account.pin(), "000000".equals(fresh) ? "111111" : "000000"),
            account.loginJson(account.pin(), account.password(), fresh),
            "{\"username\":\"nobody-"
                + account.username()
                + "\",\"password\":\"x\",\"pin\":\"1\",\"code\":\"123456\"}",
            "{\"username\":\"" + account.username() + "\"}");
    String firstBody = null;
    for (String attempt : attempts) {
      Api.Answer answer = api.post("/api/v1/session", attempt);
      assertEquals(401, answer.status(), attempt);
      assertTrue(answer.contentType().startsWith("application/problem+json"));
      firstBody = firstBody == null ? answer.body() : firstBody;
      assertEquals(firstBody, answer.body(), "the answer must not tell which factor was wrong");
    }
    assertEquals(401, api.search(SEARCH).status());
  }

  /**
   * An account still holding the two PBKDF2 hashes of before (password and PIN apart) logs in as
   * before, and from that login on holds one Argon2id hash of both; a wrong PIN fails before and
   * after. A failed code is not spent, so each code serves a wrong and a right try.
   */
  @Test
  void anAccountWithTheOldPairOfHashesLogsInAndFromThenOnHoldsOneArgon2idHash() {
    TestAccount account = practitioner();
    records.execute(
        "UPDATE user_account SET password_hash = ?, pin_hash = ? WHERE username = ?",
        LegacyPbkdf2.hash(account.password()),
        LegacyPbkdf2.hash(account.pin()),
        account.username());
    String wrongPin = "1234".equals(account.pin()) ? "4321" : "1234";
    Api api = new Api();

    String code = account.nextCode();
    assertEquals(
        401,
        api.post("/api/v1/session", account.loginJson(account.password(), wrongPin, code)).status(),
        "wrong PIN, old hashes");
    Object[] old = hashesOf(account);
    assertTrue(
        ((String) old[0]).startsWith("pbkdf2-sha256$120000$")
            && ((String) old[1]).startsWith("pbkdf2-sha256$"),
        "a failed login leaves the old hashes");
    Api.Answer login =
        api.post("/api/v1/session", account.loginJson(account.password(), account.pin(), code));
    assertEquals(200, login.status(), login.body());
    Object[] moved = hashesOf(account);
    assertTrue(
        ((String) moved[0])
            .matches(
                "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
        (String) moved[0]);
    assertNull(moved[1], "no PIN hash is kept beside the new one");
    assertEquals(204, api.delete("/api/v1/session").status());

    code = account.nextCode();
    assertEquals(
        401,
        api.post("/api/v1/session", account.loginJson(account.password(), wrongPin, code)).status(),
        "wrong PIN, new hash");
    assertEquals(
        401,
        api.post("/api/v1/session", account.loginJson(account.pin(), account.password(), code))
            .status(),
        "swapped");
    Api.Answer again =
        api.post("/api/v1/session", account.loginJson(account.password(), account.pin(), code));
    assertEquals(200, again.status(), again.body());
    assertEquals(moved[0], hashesOf(account)[0], "hashed once: a current hash is not made again");
    assertEquals(200, api.search(SEARCH).status());
  }

  private Object[] hashesOf(TestAccount account) {
    return records
        .rows(
            "SELECT password_hash, pin_hash FROM user_account WHERE username = ?",
            account.username())
        .get(0);
  }

  @Test
  void anAccountWithNoRoleCannotLogInWithFourRightFactors() {
    TestAccount account = practitioner();
    records.removeRoles(account.username());
    Api.Answer answer = new Api().post("/api/v1/session", account.loginJson());
    assertEquals(401, answer.status(), answer.body());
  }

  @Test
  void fiveFailuresLockTheAccountUntilUserAdministrationUnlocksIt() {
    TestAccount account = practitioner();
    Api api = new Api();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401,
          api.post(
                  "/api/v1/session",
                  account.loginJson("wrong-password-123", account.pin(), "123456"))
              .status());
    }
    assertEquals("LOCKED", records.accountStatus(account.username()));
    assertEquals(
        401,
        api.post("/api/v1/session", account.loginJson()).status(),
        "locked even with the right factors");

    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    Api.Answer unlocked =
        admin.post("/api/v1/admin/accounts/" + account.username() + "/unlock", "");
    assertEquals(200, unlocked.status(), unlocked.body());
    assertEquals(200, api.post("/api/v1/session", account.loginJson()).status());
  }

  @Test
  void aLockLiftsByItselfHalfAnHourAfterTheLastFailure() {
    TestAccount account = practitioner();
    Api api = new Api();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401,
          api.post(
                  "/api/v1/session",
                  account.loginJson("wrong-password-123", account.pin(), "123456"))
              .status());
    }
    assertEquals("LOCKED", records.accountStatus(account.username()));
    records.execute(
        "UPDATE user_account SET last_failure_at = ? WHERE username = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(29))),
        account.username());
    assertEquals(
        401,
        api.post("/api/v1/session", account.loginJson()).status(),
        "still locked before half an hour");
    records.execute(
        "UPDATE user_account SET last_failure_at = ? WHERE username = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(31))),
        account.username());
    assertEquals(
        200,
        api.post("/api/v1/session", account.loginJson()).status(),
        "no administrator needed once the lock has run out");
  }

  @Test
  void aCodeIsAcceptedOnlyOnce() {
    TestAccount account = practitioner();
    Api first = Api.loggedIn(account);
    assertEquals(204, first.delete("/api/v1/session").status());
    Api.Answer replay =
        new Api()
            .post(
                "/api/v1/session",
                account.loginJson(account.password(), account.pin(), account.lastCode()));
    assertEquals(401, replay.status());
  }

  @Test
  void expiredVettingStopsTheLoginWithAClearMessage() {
    TestAccount account =
        records.createAccount(
            AccountSpec.practitioner().vettedOn(LocalDate.now().minusYears(3).minusDays(1)));
    Api.Answer answer = new Api().post("/api/v1/session", account.loginJson());
    assertEquals(403, answer.status());
    assertTrue(answer.json().getString("detail").contains("vetting"), answer.body());
  }

  @Test
  void revokingTheOrganisationSuspendsItsAccountsAndEndsTheirSessions() {
    TestAccount account = practitioner();
    Api session = Api.loggedIn(account);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    assertEquals(
        204,
        admin
            .delete("/api/v1/admin/organisations/" + account.organisationId() + "/accreditation")
            .status());
    assertEquals("SUSPENDED", records.accountStatus(account.username()));
    assertEquals(401, session.search(SEARCH).status(), "the open session ends");
    assertEquals(401, new Api().post("/api/v1/session", account.loginJson()).status());
  }

  @Test
  void disablingAnAccountEndsItsSession() {
    TestAccount account = practitioner();
    Api session = Api.loggedIn(account);
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    assertEquals(
        200, admin.post("/api/v1/admin/accounts/" + account.username() + "/disable", "").status());
    assertEquals(401, session.search(SEARCH).status());
  }

  /**
   * The roles are read with the session check on every request (the domain is not asked again), so
   * a duty given, a role taken away or the last role gone counts from the next request.
   */
  @Test
  void aRoleGivenOrTakenAwayCountsFromTheNextRequest() {
    TestAccount account = practitioner();
    Api session = Api.loggedIn(account);
    assertEquals(403, session.get("/api/v1/audit/alerts").status(), "no audit review duty yet");
    records.execute(
        "INSERT INTO user_account_duty (account_id, duty) SELECT id, 'AUDIT_REVIEW' FROM user_account WHERE username = ?",
        account.username());
    assertEquals(
        200, session.get("/api/v1/audit/alerts").status(), "the duty given counts at once");
    assertEquals(200, session.search(SEARCH).status());
    records.execute(
        "DELETE FROM user_account_role WHERE role_name = 'PRACTITIONER' AND account_id = "
            + "(SELECT id FROM user_account WHERE username = ?)",
        account.username());
    assertEquals(403, session.search(SEARCH).status(), "the role taken away counts at once");
    records.execute(
        "DELETE FROM user_account_duty WHERE account_id = (SELECT id FROM user_account WHERE username = ?)",
        account.username());
    assertEquals(
        401, session.search(SEARCH).status(), "with no role or duty left the session ends");
  }

  @Test
  void aPractitionerCannotUseUserAdministration() {
    Api api = Api.loggedIn(practitioner());
    assertEquals(403, api.get("/api/v1/admin/accounts").status());
    assertEquals(403, api.post("/api/v1/admin/accounts/anyone/unlock", "").status());
  }

  @Test
  void aSectionsUserAdministratorCannotActOnAnotherSection() {
    TestAccount leedsAccount = practitioner();
    Api birmingham =
        Api.loggedIn(records.createAccount(AccountSpec.userAdministrator("E08000025")));
    assertEquals(
        403,
        birmingham
            .post("/api/v1/admin/accounts/" + leedsAccount.username() + "/disable", "")
            .status());
  }

  @Test
  void nothingAnswersWithoutLoginButTheOpenDoors() {
    Api anonymous = new Api();
    Api.Answer search = anonymous.search(SEARCH);
    assertEquals(401, search.status());
    assertTrue(search.contentType().startsWith("application/problem+json"));
    assertEquals(401, anonymous.get("/api/v1/admin/accounts").status());
    assertEquals(302, anonymous.get("/").status(), "the search page sends you to log in");
    assertEquals(200, anonymous.get("/login.xhtml").status());
    assertEquals(200, anonymous.get("/activate.xhtml").status());
    Api.Answer openapi = anonymous.get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/children/search"), openapi.body());
  }

  @Test
  void plainHttpIsRedirectedToHttps() {
    Api.Answer answer = new Api().get(Api.PLAIN_BASE + "/login.xhtml");
    assertEquals(302, answer.status());
    assertTrue(
        answer.headers().firstValue("Location").orElse("").startsWith("https://localhost:8443/"),
        answer.headers().toString());
  }

  @Test
  void theSessionCookieIsSafeAndRenewedAtLogin() {
    TestAccount account = practitioner();
    Api api = new Api();
    api.get("/login.xhtml");
    String before = api.sessionCookie();
    Api.Answer login = api.post("/api/v1/session", account.loginJson());
    assertEquals(200, login.status());
    String cookie =
        login.setCookies().stream()
            .filter(c -> c.startsWith("CPSESSION="))
            .findFirst()
            .orElseThrow();
    String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(attributes.contains("; secure"), cookie);
    assertTrue(attributes.contains("; samesite=strict"), cookie);
    assertNotEquals(before, api.sessionCookie(), "a new session id at login");
  }

  @Test
  void repeatedAttemptsOnOneAccountAreRateLimited() {
    TestAccount account = practitioner();
    Api api = new Api();
    int status = 0;
    for (int i = 0; i < 11; i++) {
      status =
          api.post("/api/v1/session", account.loginJson("wrong-password-123", "0000", "123456"))
              .status();
    }
    assertEquals(429, status);
  }

  @Test
  void accountsUnusedForNinetyDaysAreDisabledByTheNightlyJob() {
    TestAccount dormant = practitioner();
    TestAccount recent = practitioner();
    Api.loggedIn(dormant);
    Api.loggedIn(recent);
    records.backdateLastLogin(dormant.username(), 91);
    assertTrue(housekeeping.disableDormantAccounts(java.time.Instant.now()) >= 1);
    assertEquals("DISABLED", records.accountStatus(dormant.username()));
    assertEquals("ACTIVE", records.accountStatus(recent.username()));
    assertEquals(401, new Api().post("/api/v1/session", dormant.loginJson()).status());
  }

  @Test
  void onlyAccreditedOrganisationsGetAccountsAndOnlyUpToTheirLimit() {
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    TestAccount colleague = practitioner();
    String request =
        "{\"username\":\"%s\",\"fullName\":\"A Colleague\",\"jobTitle\":\"Teacher\",\"organisationId\":"
            + colleague.organisationId()
            + ",\"sectionCode\":\"E08000035\",\"roles\":[\"PRACTITIONER\"]}";
    // The test organisation may hold 5 accounts and holds 1.
    for (int i = 0; i < 4; i++) {
      assertEquals(
          201,
          admin
              .post(
                  "/api/v1/admin/accounts", String.format(request, "c" + i + colleague.username()))
              .status());
    }
    Api.Answer full =
        admin.post("/api/v1/admin/accounts", String.format(request, "c9" + colleague.username()));
    assertEquals(409, full.status(), full.body());
    assertTrue(full.json().getString("detail").contains("limit"));
    assertEquals(
        204,
        admin
            .delete("/api/v1/admin/organisations/" + colleague.organisationId() + "/accreditation")
            .status());
    Api.Answer unaccredited =
        admin.post("/api/v1/admin/accounts", String.format(request, "c8" + colleague.username()));
    assertEquals(409, unaccredited.status());
    assertTrue(unaccredited.json().getString("detail").contains("not accredited"));
  }

  @Test
  void aSourceKeyIsAMachineIdentityWithTheSourceSystemRoleOnly() {
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    Api.Answer issued = admin.post("/api/v1/admin/source-keys", "{\"sourceCode\":\"EDU-TEST\"}");
    assertEquals(201, issued.status(), issued.body());
    String key = issued.json().getString("key");
    long id = issued.json().getJsonNumber("id").longValue();
    assertEquals(
        0,
        ((Number)
                records.scalar("SELECT COUNT(*) FROM source_system_key WHERE key_digest = ?", key))
            .intValue(),
        "the key itself is never stored");

    Api machine = new Api().withBearer(key);
    assertEquals(403, machine.search(SEARCH).status(), "a source system may not search children");
    assertEquals(403, machine.get("/api/v1/admin/accounts").status());
    assertEquals(401, new Api().withBearer("cpk_not-a-key").search(SEARCH).status());
    assertEquals(
        422, admin.post("/api/v1/admin/source-keys", "{\"sourceCode\":\"not a code\"}").status());
    assertEquals(
        403,
        Api.loggedIn(practitioner())
            .post("/api/v1/admin/source-keys", "{\"sourceCode\":\"EDU-TEST\"}")
            .status());

    assertEquals(204, admin.delete("/api/v1/admin/source-keys/" + id).status());
    assertEquals(401, machine.search(SEARCH).status(), "a revoked key opens nothing");
  }

  @Test
  void aNewUserIsCreatedActivatesEnrolsATokenAndLogsIn() {
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.admin()));
    TestAccount colleague = practitioner();
    String username = "new" + colleague.username();
    Api.Answer created =
        admin.post(
            "/api/v1/admin/accounts",
            "{\"username\":\""
                + username
                + "\",\"fullName\":\"New Colleague\","
                + "\"jobTitle\":\"School nurse\",\"organisationId\":"
                + colleague.organisationId()
                + ",\"sectionCode\":\"E08000035\","
                + "\"roles\":[\"PRACTITIONER\"],\"vettedOn\":\""
                + LocalDate.now().minusMonths(2)
                + "\",\"trainedOn\":\""
                + LocalDate.now().minusMonths(1)
                + "\",\"agreementSignedOn\":\""
                + LocalDate.now().minusMonths(1)
                + "\"}");
    assertEquals(201, created.status(), created.body());
    String activationCode = created.json().getString("activationCode");

    Api newcomer = new Api();
    Api.Answer weak =
        newcomer.post(
            "/api/v1/activation",
            "{\"username\":\""
                + username
                + "\",\"activationCode\":\""
                + activationCode
                + "\",\"password\":\""
                + username
                + "\",\"pin\":\"12\"}");
    assertEquals(422, weak.status());
    assertEquals(
        List.of("password", "pin"),
        weak.json().getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList());

    Api.Answer enrolment =
        newcomer.post(
            "/api/v1/activation",
            "{\"username\":\""
                + username
                + "\",\"activationCode\":\""
                + activationCode
                + "\",\"password\":\"a long new password\",\"pin\":\"97531\"}");
    assertEquals(200, enrolment.status(), enrolment.body());
    assertTrue(
        enrolment
            .json()
            .getString("otpauthUri")
            .startsWith("otpauth://totp/ContactPoint:" + username));
    assertTrue(enrolment.json().getString("qrSvg").startsWith("<svg"));
    TestAccount activated =
        new TestAccount(
            username,
            "a long new password",
            "97531",
            enrolment.json().getString("secret"),
            colleague.organisationId());
    assertEquals(
        204,
        newcomer
            .post(
                "/api/v1/activation/confirm",
                "{\"username\":\""
                    + username
                    + "\",\"activationCode\":\""
                    + activationCode
                    + "\",\"code\":\""
                    + activated.nextCode()
                    + "\"}")
            .status());

    assertEquals(200, Api.loggedIn(activated).search(SEARCH).status());
    assertEquals(
        422,
        newcomer
            .post(
                "/api/v1/activation/confirm",
                "{\"username\":\""
                    + username
                    + "\",\"activationCode\":\""
                    + activationCode
                    + "\",\"code\":\"123456\"}")
            .status(),
        "the activation code works once");
  }

  /**
   * A regression: Elytron's brute-force protection counted each request of a session as a failed
   * authentication of the role-only realm (asked on every request then) and took the roles away
   * after ten requests.
   */
  @Test
  void aSessionServesManyRequestsWithoutLosingItsRoles() {
    Api api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
    for (int i = 1; i <= 25; i++) {
      assertEquals(200, api.get("/api/v1/me/home").status(), "request " + i);
    }
  }
}
