package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
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
 * The source systems screen: a bad code told beside its field, a source registered with its key
 * shown once, changed, revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SourceScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @Test
  void anAuthoritysItRegistersASourceSeesItsKeyOnceThenChangesAndRevokesIt() {
    String[] admin =
        new Api().post("/test-support/accounts/user-administrator", "{}").body().split("\n");
    logIn(admin, Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:sources-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("source:issue")));
    assertAccessible("source systems");

    browser.findElement(By.id("source:sourceCode")).sendKeys("not a code");
    Browsers.submit(browser, By.id("source:issue"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser.findElement(By.id("error-summary")).getText().contains("source code"),
        browser.findElement(By.id("error-summary")).getText());
    assertTrue(
        browser.findElement(By.cssSelector(".cp-field-error #source\\:sourceCode")).isDisplayed(),
        "the message is beside the field");
    assertAccessible("source systems with an error");

    StringBuilder code = new StringBuilder("SCREEN-");
    Random random = new Random();
    for (int i = 0; i < 6; i++) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    String source = code.toString();
    browser.findElement(By.id("source:sourceCode")).clear();
    browser.findElement(By.id("source:sourceCode")).sendKeys(source);
    Browsers.submit(browser, By.id("source:issue"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("issued-key")));
    String key = browser.findElement(By.id("issued-key")).getText();
    assertTrue(key.startsWith("cpk_"), key);
    assertTrue(
        browser.findElement(By.id("new-key")).getText().contains("only time"),
        "a warning to copy it now");
    assertTrue(browser.findElement(By.id("source-table")).getText().contains(source));
    assertAccessible("source systems with a new key");

    browser
        .findElement(
            By.xpath("//input[@value='Change key' and contains(@aria-label, '" + source + "')]"))
        .click();
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("source-table"), "revoked"));
    String changed = browser.findElement(By.id("issued-key")).getText();
    assertFalse(changed.equals(key), "a new key replaces the old");

    browser
        .findElement(
            By.xpath("//input[@value='Revoke' and contains(@aria-label, '" + source + "')]"))
        .click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("revoke:yes")));
    assertFalse(browser.getPageSource().contains(changed), "the key is shown once only");
    assertAccessible("source systems asking to confirm");
    Browsers.submit(browser, By.id("revoke:yes"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("source-messages"), "revoked"));
    assertTrue(
        browser
            .findElements(
                By.xpath("//input[@value='Revoke' and contains(@aria-label, '" + source + "')]"))
            .isEmpty(),
        "no key of the source is left to revoke");
  }
}
