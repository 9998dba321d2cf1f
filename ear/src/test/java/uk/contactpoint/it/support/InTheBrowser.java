package uk.contactpoint.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.Totp;

/**
 * The shared part of a browser test: one headless Chromium per class, logging in, the axe check.
 */
public abstract class InTheBrowser {

  protected static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browsers.headlessChromium();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Logs in on the login page with the four factors, the code of the given time step. */
  protected static void logIn(
      String username, String password, String pin, String secret, long step) {
    browser.manage().deleteAllCookies();
    browser.get(Api.BASE + "/login.xhtml");
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:pin")).sendKeys(pin);
    browser.findElement(By.id("login:code")).sendKeys(Totp.codeAt(Base32.decode(secret), step));
    Browsers.submit(browser, By.id("login:submit"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
  }

  /** An account as the test-support WAR hands it out: username, password, PIN, secret. */
  protected static void logIn(String[] account, long step) {
    logIn(account[0], account[1], account[2], account[3], step);
  }

  /** Opens a child's record with the reason "coordinate support", as a practitioner does. */
  protected static void openRecord(String child) {
    browser.get(Api.BASE + "/record.xhtml?child=" + child);
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='COORDINATE_SUPPORT']")))
        .click();
    Browsers.submit(browser, By.id("reason:open"));
    try {
      Browsers.waitFor(browser)
          .until(ExpectedConditions.presenceOfElementLocated(By.id("child-name")));
    } catch (org.openqa.selenium.TimeoutException notShown) {
      throw new AssertionError(
          "the record did not open: " + browser.findElement(By.tagName("main")).getText(),
          notShown);
    }
  }

  /**
   * axe-core finds no serious or critical WCAG 2.2 AA violation on the page shown, and the browser
   * refused nothing of it under its Content-Security-Policy (no script or style of the page,
   * PrimeFaces' included, was blocked since the last check).
   */
  protected static void assertAccessible(String page) {
    assertEquals(
        "", Accessibility.seriousViolations(browser), "accessibility of the " + page + " page");
    assertEquals(
        "",
        Browsers.contentSecurityViolations(browser),
        "content security policy of the " + page + " page");
  }
}
