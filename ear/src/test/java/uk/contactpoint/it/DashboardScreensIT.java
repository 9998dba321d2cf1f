package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;

/**
 * A manager opens the dashboard from the header, drills from a number to the list behind it, and
 * from a child on that list to the record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @Test
  void aManagerDrillsFromANumberToItsListAndFromThereToTheRecord() {
    Api support = new Api();
    support.post("/test-support/accounts/child", "{}");
    String[] manager =
        support.post("/test-support/accounts/shielding-manager", "{}").body().split("\n");
    logIn(manager, Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:dashboard-link")).click();
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
    assertAccessible("dashboard");
    String printMark = browser.findElement(By.id("print-mark")).getAttribute("textContent");
    assertTrue(
        printMark.contains(manager[0]) && printMark.contains("reference P-" + manager[0]),
        "a printout names who and when: " + printMark);

    // Two charts of twelve weeks, drawn by PrimeFaces (Chart.js), each with its numbers in a table.
    Browsers.waitFor(browser)
        .until(d -> d.findElements(By.cssSelector(".cp-chart canvas")).size() == 2);
    assertTrue(browser.findElement(By.id("sources-title")).isDisplayed());
    browser.findElements(By.cssSelector(".cp-trend summary")).get(0).click();
    WebElement weeks = browser.findElements(By.cssSelector(".cp-trend-table")).get(0);
    assertEquals(12, weeks.findElements(By.cssSelector("tbody tr")).size(), weeks.getText());
    assertTrue(weeks.getText().contains("rejected"), weeks.getText());
    assertAccessible("dashboard with a chart's numbers open");

    // Printing reports the paper's reference: the page's hook posts it, and the server takes it
    // (204).
    Object status =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var original = window.fetch;"
                    + "window.fetch = function (url, options) { return original.call(window, url, options).then(function (r) { done(url + ' ' + r.status + ' '"
                    + " + options.body); return r; }); };"
                    + "window.dispatchEvent(new Event('beforeprint'));");
    assertTrue(
        status
            .toString()
            .matches("\\S*/api/v1/printouts 204 .*\"reference\":\"P-" + manager[0] + "-\\d+\".*"),
        status.toString());
    assertTrue(
        status.toString().contains("\"page\":\"/dashboard.xhtml\""), "the path only: " + status);

    WebElement count = browser.findElement(By.id("count-NO_GP"));
    String number = count.getText();
    assertTrue(
        Long.parseLong(number) >= 1, "the Leeds children made by the tests have no GP: " + number);
    count.click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("behind-title")));
    assertEquals(
        "Children registered with no GP: " + number,
        browser.findElement(By.id("behind-title")).getText());
    assertAccessible("dashboard list");

    browser.findElement(By.cssSelector("#behind-table tbody tr a")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("reason:open")));
  }

  /**
   * The data protection officer scopes a breach on the screen: the records one user opened, with
   * the reason.
   */
  @Test
  void anAuditorListsTheRecordsOneUserOpenedWithTheirReasons() {
    Api support = new Api();
    String child = support.post("/test-support/accounts/child", "{}").body().strip();
    String[] practitioner =
        support.post("/test-support/accounts/practitioner", "{}").body().split("\n");
    assertEquals(
        200,
        Api.loggedIn(practitioner)
            .post(
                "/api/v1/children/" + child + "/access",
                "{\"reason\":\"OTHER\",\"reasonText\":\"Checking before a home visit\"}")
            .status());

    logIn(
        support.post("/test-support/accounts/auditor", "{}").body().split("\n"),
        Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:reports-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("period:username")));
    browser.findElement(By.id("period:username")).sendKeys(practitioner[0]);
    Browsers.submit(browser, By.id("period:by-user"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("accesses-title")));
    assertTrue(
        browser.findElement(By.id("accesses-title")).getText().endsWith(": 1"),
        browser.findElement(By.id("accesses-title")).getText());
    String table = browser.findElement(By.id("accesses-table")).getText();
    assertTrue(table.contains(child) && table.contains("Checking before a home visit"), table);
    assertAccessible("reports");
  }
}
