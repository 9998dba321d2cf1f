package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
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
 * The audit issue's "done when", in a browser with the README's demo logins: the Leeds manager
 * (audit-review duty) sees on Kelly's record who looked at it, when and why, and finds what one
 * user did in the trail; the auditor proves the trail unaltered. The screens pass axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  /** Kelly's record id, found as a practitioner finds her (the API's search). */
  private static String kellysId(Api api) {
    LocalDate born = Api.demoLoadDay().minusYears(15).minusDays(90);
    String rows = api.search("{\"name\":\"Kelly Mason\",\"dateOfBirth\":\"" + born + "\"}").body();
    return rows.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void aManagerSeesWhoLookedAtKellyAndTheAuditorProvesTheTrailUnaltered() {
    // A practitioner opens Kelly's record with a reason of their own words.
    String[] practitioner =
        new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n");
    Api api = Api.loggedIn(practitioner);
    String kelly = kellysId(api);
    assertEquals(
        200,
        api.post(
                "/api/v1/children/" + kelly + "/access",
                "{\"reason\":\"OTHER\",\"reasonText\":\"checking the school transfer\"}")
            .status());

    // The Leeds manager opens Kelly's record: who has looked, when and why.
    logIn(
        "manager",
        "manager-demo-2009",
        "4321",
        "MANAGERDEMOTOKENAAAAAAAAAAAAAAAA",
        Totp.stepAt(Instant.now()));
    browser.get(Api.BASE + "/record.xhtml?child=" + kelly);
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='COORDINATE_SUPPORT']")))
        .click();
    browser.findElement(By.id("reason:open")).click();
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("looks")));
    String looks = browser.findElement(By.id("looks")).getText();
    assertTrue(
        looks.contains(practitioner[0]) && looks.contains("checking the school transfer"), looks);
    assertAccessible("record with its readers");

    // What did that user do? The trail, searched by username.
    browser.findElement(By.id("account-bar:audit-link")).click();
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("search:run")));
    assertAccessible("audit");
    browser.findElement(By.id("search:username")).sendKeys(practitioner[0]);
    Browsers.submit(browser, By.id("search:run"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("event-table")));
    String events = browser.findElement(By.id("event-table")).getText();
    assertTrue(
        events.contains("RECORD_ACCESS") && events.contains("LOGIN") && events.contains("SEARCH"),
        events);
    assertTrue(events.contains(kelly), events);
    assertAccessible("audit search results");

    // The auditor proves the trail unaltered.
    logIn(
        "auditor",
        "auditor-demo-2009",
        "8765",
        "AUDITORDEMOTOKENAAAAAAAAAAAAAAAA",
        Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:audit-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.elementToBeClickable(By.id("verify:run-verification")));
    Browsers.submit(browser, By.id("verify:run-verification"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("verification-result")));
    String verdict = browser.findElement(By.id("verification-result")).getText();
    assertTrue(verdict.startsWith("Intact"), verdict);
    assertAccessible("verification");
  }
}
