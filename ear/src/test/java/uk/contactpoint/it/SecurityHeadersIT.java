package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;

/**
 * What every answer tells the browser (HSTS, nosniff, no framing, no referrer, a content security
 * policy), /openapi's CORS and HTTPS, and what a refused caller sees and leaves in the log: the
 * plain "not allowed" page for another role's screen, and no stack trace for an expected refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static void assertSecurityHeaders(String what, Api.Answer answer) {
    var headers = answer.headers();
    assertEquals(
        "max-age=31536000; includeSubDomains",
        headers.firstValue("Strict-Transport-Security").orElse(""),
        what + ": " + headers);
    assertEquals(
        "nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what + ": " + headers);
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what + ": " + headers);
    assertEquals(
        "no-referrer", headers.firstValue("Referrer-Policy").orElse(""), what + ": " + headers);
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertEquals(
        1, policies.size(), what + " has one policy, not two that would both apply: " + policies);
    assertTrue(policies.get(0).contains("frame-ancestors 'none'"), what + ": " + policies);
  }

  @Test
  void aPageAnApiAnswerAndTheOpenApiDocumentCarryTheSecurityHeaders() {
    Api.Answer page = new Api().get("/login.xhtml");
    assertEquals(200, page.status());
    assertSecurityHeaders("the login page", page);
    assertEquals(
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
        page.headers().firstValue("Content-Security-Policy").orElseThrow());

    Api support = new Api();
    String[] practitioner =
        support.post("/test-support/accounts/practitioner", "{}").body().split("\n");
    Api.Answer home = Api.loggedIn(practitioner).get("/api/v1/me/home");
    assertEquals(200, home.status(), home.body());
    assertSecurityHeaders("an API answer", home);
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        home.headers().firstValue("Content-Security-Policy").orElseThrow());

    Api.Answer refused = new Api().get("/api/v1/me/home");
    assertTrue(
        refused.status() == 401 || refused.status() == 302, "not logged in: " + refused.status());
    assertSecurityHeaders("a refusal", refused);

    Api.Answer openapi = new Api().get("/openapi");
    assertEquals(200, openapi.status(), openapi.body());
    assertTrue(openapi.body().contains("/api/v1/"), "the OpenAPI document itself");
    assertSecurityHeaders("/openapi", openapi);
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        openapi.headers().firstValue("Content-Security-Policy").orElseThrow());
  }

  @Test
  void theOpenApiDocumentAllowsNoOtherSiteAndIsServedOverHttpsOnly() {
    Api.Answer fromAnotherSite = new Api().getFrom("/openapi", "https://evil.example");
    assertEquals(200, fromAnotherSite.status());
    assertEquals(
        List.of(),
        fromAnotherSite.headers().allValues("Access-Control-Allow-Origin"),
        fromAnotherSite.headers().toString());
    assertEquals(
        List.of(),
        fromAnotherSite.headers().allValues("Access-Control-Allow-Credentials"),
        fromAnotherSite.headers().toString());
    for (String path : List.of("/openapi", "/login.xhtml", "/api/v1/me/home")) {
      Api.Answer answer = new Api().getFrom(path, "https://evil.example");
      String origin = answer.headers().firstValue("Access-Control-Allow-Origin").orElse("");
      boolean credentials =
          answer.headers().firstValue("Access-Control-Allow-Credentials").orElse("").equals("true");
      assertFalse(
          origin.equals("*") && credentials,
          path + " allows any site with credentials: " + answer.headers());
      assertFalse(
          origin.equals("https://evil.example"),
          path + " allows another site: " + answer.headers());
    }

    Api.Answer plain = new Api().get(Api.PLAIN_BASE + "/openapi?format=JSON");
    assertEquals(
        302, plain.status(), "plain HTTP is redirected, as for the application's own paths");
    assertEquals(
        "https://localhost:8443/openapi?format=JSON",
        plain.headers().firstValue("Location").orElse(""));
  }

  @Test
  void aPractitionerOpeningAManagersScreenGetsThePlainNotAllowedPage() throws IOException {
    Path log = Path.of(System.getProperty("cp.server.home"), "standalone", "log", "server.log");
    long before = Files.size(log);

    Api support = new Api();
    String[] practitioner =
        support.post("/test-support/accounts/practitioner", "{}").body().split("\n");
    Api session = Api.loggedIn(practitioner);
    // Screens of the management team's duties; their EJBs refuse a practitioner. (User
    // administration and organisations say so on their own page, with 200.)
    for (String screen :
        List.of("/brokering.xhtml", "/shielding.xhtml", "/dataquality.xhtml", "/dashboard.xhtml")) {
      Api.Answer answer = session.get(screen);
      assertEquals(403, answer.status(), screen + ": " + answer.body());
      assertTrue(
          answer.body().contains("You are not allowed to see this page"),
          screen + ": " + answer.body());
      assertFalse(
          answer.body().contains("Exception")
              || answer.body().contains("at uk.contactpoint")
              || answer.body().contains("WildFly"),
          screen + " shows no stack trace: " + answer.body());
      assertSecurityHeaders(screen, answer);
    }
    Api.Answer missing = session.get("/no-such-screen.xhtml");
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("Page not found"), missing.body());
    assertFalse(missing.body().contains("Exception"), missing.body());

    // The same in the browser: the page is a ContactPoint page, accessible, within its policy.
    // (Another practitioner: a code is accepted once, and this one's was spent by the API login.)
    logIn(
        support.post("/test-support/accounts/practitioner", "{}").body().split("\n"),
        Totp.stepAt(Instant.now()));
    browser.get(Api.BASE + "/brokering.xhtml");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden-title")));
    assertEquals(
        "You are not allowed to see this page",
        browser.findElement(By.id("forbidden-title")).getText());
    assertFalse(browser.getPageSource().contains("Exception"), "no stack trace on the page");
    assertAccessible("not allowed");

    // Expected refusals: a screen (above), an API call the role may not make (403), a call
    // without a login (401), a record that does not exist (404). None leaves a stack trace.
    assertEquals(403, session.get("/api/v1/admin/accounts").status());
    assertEquals(401, new Api().get("/api/v1/me/home").status());
    assertEquals(404, session.get("/api/v1/no-such-resource").status());
    String written = since(log, before);
    List<String> traces =
        written
            .lines()
            .filter(
                line ->
                    line.startsWith("\tat ")
                        || line.contains("WFLYEJB0034")
                        || line.contains("UT005023")
                        || line.contains("UT010019")
                        || line.contains("EJBAccessException")
                        || line.contains(" ERROR "))
            .limit(20)
            .toList();
    assertEquals(
        List.of(), traces, "expected refusals leave no error and no stack trace in the log");
    assertTrue(
        written.contains("A screen was refused for the caller's role: /brokering.xhtml"),
        "the refusal is logged, in one line");
  }

  private static String since(Path log, long offset) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      long start = length < offset ? 0 : offset; // the log rolled over
      byte[] bytes = new byte[(int) (length - start)];
      file.seek(start);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
