package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
 * A practitioner asks for a shield on the record screen; the shielding duty agrees on its screen;
 * the practitioner then sees the shielded record, reduced to the allowlist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShieldingScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @Test
  void aPractitionerAsksTheTeamShieldsAndThePractitionerThenSeesTheAllowlistOnly() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    String[] practitioner =
        new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n");
    String[] manager =
        new Api().post("/test-support/accounts/shielding-manager", "{}").body().split("\n");
    long step = Totp.stepAt(Instant.now());

    logIn(practitioner, step);
    openRecord(child);
    assertTrue(
        browser.findElements(By.id("record:manage-shield")).isEmpty(),
        "no shielding form without the duty");
    // A reason of this run only: the database outlives a run, and an earlier run's request with the
    // same words would be another row.
    String reason = "The family has moved to a refuge, request " + child;
    browser.findElement(By.id("record:shield-reason")).sendKeys(reason);
    Browsers.submit(browser, By.id("record:ask-shield-button"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("record:shield-asked")));
    assertAccessible("record with the shield request");

    logIn(manager, step);
    browser.findElement(By.id("account-bar:shielding-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("request-table")));
    assertAccessible("shielding");
    String row = "//tr[td[contains(normalize-space(), '" + reason + "')]]";
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.xpath(row + "//select")))
        .selectByVisibleText("Living in a refuge");
    browser.findElement(By.xpath(row + "//input[@type='text']")).sendKeys("Agreed with the refuge");
    Browsers.submit(browser, By.xpath(row + "//input[@value='Agree and shield']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("shielding-messages"), "agreed"));

    logIn(practitioner, step + 1);
    assertTrue(
        browser.getPageSource().contains("was agreed"),
        "the requester is told the decision on every page");
    openRecord(child);
    String shown = browser.findElement(By.id("record:shielded")).getText();
    assertTrue(shown.contains("shielded") && shown.contains("management team"), shown);
    assertTrue(
        browser.findElements(By.id("involvements")).isEmpty()
            && !browser.getPageSource().contains("1 Test Street"),
        "no involvements, no address");
    assertAccessible("shielded record");
  }

  /**
   * The shielding duty shields a carer and lifts it, and marks a shielded record as a new identity,
   * on the record screen.
   */
  @Test
  void theTeamLiftsACarersShieldAndMarksANewIdentityOnTheRecordScreen() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    new Api()
        .postText(
            "/test-support/accounts/carer",
            "text/plain",
            child + "\nMary Screencarer\nMOTHER\n0113 496 0999");
    String[] manager =
        new Api().post("/test-support/accounts/shielding-manager", "{}").body().split("\n");
    logIn(manager, Totp.stepAt(Instant.now()));
    openRecord(child);

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("record:criterion")))
        .selectByVisibleText("Living in a refuge");
    browser.findElement(By.id("record:shield-why")).sendKeys("Mother fled to a refuge");
    Browsers.submit(
        browser,
        By.xpath("//input[@value='Shield Mary Screencarer (criterion and reason below)']"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("child-name")));
    browser.findElement(By.id("record:shield-why")).sendKeys("She has left the refuge");
    Browsers.submit(
        browser, By.xpath("//input[@value='Lift the shield on Mary Screencarer (reason below)']"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("child-name")));
    assertTrue(
        browser.findElements(By.cssSelector(".cp-global-error li")).isEmpty(),
        "lifted without a refusal: " + browser.findElement(By.tagName("main")).getText());
    Browsers.submit(
        browser, By.xpath("//input[@value='Lift the shield on Mary Screencarer (reason below)']"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cp-global-error li")));
    assertTrue(
        browser.findElement(By.cssSelector(".cp-global-error")).getText().contains("shield"),
        "nothing left to lift, and it says so");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("record:criterion")))
        .selectByValue("ADOPTION");
    browser.findElement(By.id("record:shield-why")).sendKeys("Placed for adoption");
    Browsers.submit(browser, By.id("record:shield-button"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("record:new-identity-button")));
    assertAccessible("shielded record, the team's view");
    Browsers.submit(browser, By.id("record:new-identity-button"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cp-global-error li")));
    browser.findElement(By.id("record:new-identity-why")).sendKeys("Adopted");
    Browsers.submit(browser, By.id("record:new-identity-button"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "marked as a new identity"));
  }
}
