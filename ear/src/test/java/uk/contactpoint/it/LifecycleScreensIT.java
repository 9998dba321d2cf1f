package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.support.ui.Select;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;

/**
 * The lifecycle issue's screens in a browser: the management team's corrections register (record,
 * assign, resolve, overdue) and the operators' statutory door to an archived record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static String[] account(String kind) {
    return new Api().post("/test-support/accounts/" + kind, "{}").body().split("\n");
  }

  @Test
  void aManagerRecordsAssignsAndResolvesACorrectionOnTheScreen() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    String[] manager = account("shielding-manager");
    logIn(manager, Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:corrections-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("new-correction:what")));

    browser.findElement(By.id("new-correction:child")).sendKeys(child);
    browser.findElement(By.id("new-correction:requester")).sendKeys("Her father, by telephone");
    Browsers.submit(browser, By.id("new-correction:record"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("error-summary"), "what is asked"));
    assertEquals(
        "#new-correction:what",
        browser.findElement(By.cssSelector("#error-summary a")).getAttribute("hash"),
        "the EJB's field error links to the form's box of that name");
    assertTrue(
        browser
            .findElement(By.cssSelector("#new-correction .cp-error-message"))
            .getText()
            .contains("what is asked"),
        "and stands beside it");

    String what =
        "School is wrong: she moved to Fieldhead Primary in September " + System.nanoTime();
    browser.findElement(By.id("new-correction:what")).sendKeys(what);
    Browsers.submit(browser, By.id("new-correction:record"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("corrections-messages"), "recorded"));
    String row = rowHolding(what);
    assertTrue(
        row.contains(Browsers.day(LocalDate.now().plusMonths(1))) && row.contains("Her father"),
        row);
    String prefix = rowPrefix(what);

    browser.findElement(By.id(prefix + "assignee")).sendKeys(manager[0]);
    Browsers.submit(browser, By.id(prefix + "assign"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("corrections-messages"), "assigned"));
    assertTrue(rowHolding(what).contains(manager[0]));

    prefix = rowPrefix(what);
    new Select(browser.findElement(By.id(prefix + "outcome"))).selectByValue("REFUSED");
    Browsers.submit(browser, By.id(prefix + "resolve"));
    // Every row of the register has a reason box: with several rows the message is the page's, at
    // its top; with this row alone (a fresh database) it stands beside the row's one box.
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("corrections-messages"), "reason"),
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath(
                        "//*[contains(@class, 'cp-error-message') and contains(., 'reason')]"))));
    prefix = rowPrefix(what);
    new Select(browser.findElement(By.id(prefix + "outcome"))).selectByValue("REFUSED");
    browser
        .findElement(By.id(prefix + "reason"))
        .sendKeys("The school's own feed still names the old school");
    Browsers.submit(browser, By.id(prefix + "resolve"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("corrections-messages"), "resolved"));
    assertTrue(
        rowHolding(what).contains("Refused on " + Browsers.day(LocalDate.now())), rowHolding(what));

    Browsers.submit(browser, By.id("register:overdue"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.attributeContains(
                By.id("register:overdue"), "value", "every request"));
    assertFalse(
        browser.getPageSource().contains(what), "a request answered in time is not overdue");
    assertAccessible("corrections");
  }

  @Test
  void anOperatorOpensARecordArchivedTwoYearsAgoOnlyWithAStatutoryPurpose() {
    String child = new Api().post("/test-support/accounts/archived-child", "{}").body().strip();
    logIn(account("admin"), Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:archived-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("statutory:child")));
    browser.findElement(By.id("statutory:child")).sendKeys(child);
    browser
        .findElement(By.id("statutory:justification"))
        .sendKeys("Serious case review SCR-2026-07 needs who worked with her");
    Browsers.submit(browser, By.id("statutory:open"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("error-summary"), "statutory purpose"));
    assertEquals(
        "#statutory:purpose",
        browser.findElement(By.cssSelector("#error-summary a")).getAttribute("hash"),
        "linked to the question");
    assertTrue(
        browser.findElements(By.id("archived-record")).isEmpty(),
        "nothing shown without a purpose");

    new Select(browser.findElement(By.id("statutory:purpose")))
        .selectByValue("SERIOUS_CASE_REVIEW");
    Browsers.submit(browser, By.id("statutory:open"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("archived-record")),
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("archived-messages"), "record")));
    assertFalse(
        browser.findElements(By.id("archived-record")).isEmpty(),
        browser.findElement(By.tagName("main")).getText());
    assertTrue(browser.findElement(By.id("archived-record")).getText().contains("Ella"));
    assertAccessible("archived records");
  }

  private String rowHolding(String text) {
    return browser.findElements(By.cssSelector("#corrections-table tbody tr")).stream()
        .filter(row -> row.getText().contains(text))
        .findFirst()
        .orElseThrow()
        .getText();
  }

  /** The id prefix of the row's inputs (register:…:N:), read from its assign or resolve button. */
  private String rowPrefix(String text) {
    var row =
        browser.findElements(By.cssSelector("#corrections-table tbody tr")).stream()
            .filter(r -> r.getText().contains(text))
            .findFirst()
            .orElseThrow();
    String id = row.findElement(By.cssSelector("select")).getAttribute("id");
    return id.substring(0, id.length() - "outcome".length());
  }
}
