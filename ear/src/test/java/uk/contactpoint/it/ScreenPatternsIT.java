package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;

/**
 * The patterns every screen follows, tried in headless Chromium as a busy practitioner meets them:
 * Back from a record returns to the results, every form's problems are listed at its top and linked
 * to their fields, a phone-sized screen never scrolls sideways, and a warning comes before the
 * session's quiet time runs out. axe-core checks each page met, at 1280 and at 390 pixels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenPatternsIT extends InTheBrowser {

  private static final Dimension WIDE = new Dimension(1280, 1600);
  private static final Dimension PHONE = new Dimension(390, 844);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @BeforeEach
  void wideAndLoggedOut() {
    browser.manage().window().setSize(WIDE);
    browser.manage().deleteAllCookies();
  }

  @AfterEach
  void wideAgain() {
    browser.manage().window().setSize(WIDE);
  }

  private static String[] account(String kind) {
    return new Api().post("/test-support/accounts/" + kind, "{}").body().split("\n");
  }

  private static void logIn(String[] account) {
    logIn(account, Totp.stepAt(Instant.now()));
  }

  /** Kelly Mason of the demo data, by a misspelt name and her birth date, from "Find a child". */
  private static void searchForKelly() {
    LocalDate born = Api.demoLoadDay().minusYears(15).minusDays(90);
    browser.get(Api.BASE + "/");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.elementToBeClickable(By.id("search:submit")));
    browser.findElement(By.id("search:name")).sendKeys("Kely");
    browser.findElement(By.id("search:day")).sendKeys(String.valueOf(born.getDayOfMonth()));
    browser.findElement(By.id("search:month")).sendKeys(String.valueOf(born.getMonthValue()));
    browser.findElement(By.id("search:year")).sendKeys(String.valueOf(born.getYear()));
    Browsers.submit(browser, By.id("search:submit"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
  }

  private static void openKellysRecord() {
    browser
        .findElement(By.xpath("//*[@id='result-table']//a[normalize-space()='Kelly Mason']"))
        .click();
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='COORDINATE_SUPPORT']")))
        .click();
    Browsers.submit(browser, By.id("reason:open"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("involvements")));
  }

  private static void assertNoSidewaysScroll(String page) {
    Number overflow =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(
        0L,
        overflow.longValue(),
        page + " scrolls sideways at " + browser.manage().window().getSize().getWidth() + " px");
  }

  @Test
  void backFromAChildsRecordReturnsToTheResultsWithoutSendingTheSearchAgain() {
    logIn(account("practitioner"));
    searchForKelly();
    String results = browser.getCurrentUrl();
    assertTrue(
        results.matches(".*/index\\.xhtml\\?results=[A-Za-z0-9_-]{16}"),
        "the results have an address of their own: " + results);
    assertFalse(
        results.toLowerCase(Locale.ROOT).contains("kel")
            || results.contains(String.valueOf(LocalDate.now().minusYears(15).getYear())),
        "nothing typed reaches the address: " + results);
    assertTrue(
        browser.getTitle().matches("\\d+ (child|children) found – Find a child – ContactPoint"),
        browser.getTitle());
    openKellysRecord();

    browser.navigate().back();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("reason:open")));
    browser.navigate().back();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
    assertEquals(results, browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("result-table")).getText().contains("Kelly Mason"));
    assertEquals(
        "Kely",
        browser.findElement(By.id("search:name")).getAttribute("value"),
        "the form keeps what was typed");
    assertTrue(
        browser.getTitle().endsWith("found – Find a child – ContactPoint"), browser.getTitle());

    // Another session cannot open this session's results by their address.
    browser.manage().deleteAllCookies();
    logIn(account("practitioner"));
    browser.get(results);
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("search:submit")));
    assertTrue(
        browser.findElements(By.id("result-table")).isEmpty(),
        "a key this session does not hold opens the empty form");
    assertEquals("Find a child – ContactPoint", browser.getTitle());
  }

  @Test
  void onAPhoneSizedScreenSearchAndTheRecordNeverScrollSideways() {
    logIn(account("practitioner"));
    browser.manage().window().setSize(PHONE);
    browser.get(Api.BASE + "/");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.elementToBeClickable(By.id("search:submit")));
    assertNoSidewaysScroll("the search form");
    assertAccessible("the search form at 390 px");
    searchForKelly();
    assertNoSidewaysScroll("the results");
    assertAccessible("the results at 390 px");
    openKellysRecord();
    assertNoSidewaysScroll("the record");
    assertAccessible("the record at 390 px");
    WebElement involvements = browser.findElement(By.id("involvements"));
    int screen =
        ((Number)
                ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.clientWidth;"))
            .intValue();
    for (WebElement cell : involvements.findElements(By.cssSelector("tbody td"))) {
      assertTrue(
          cell.getRect().getX() + cell.getRect().getWidth() <= screen,
          "a cell runs off the screen: " + cell.getText());
    }
    String text = involvements.getText();
    assertTrue(
        text.matches("(?s).*07700 9\\d{5}.*"), "each involvement's contact details: " + text);
    assertEquals(
        "\"Contact\"",
        ((JavascriptExecutor) browser)
            .executeScript(
                "return getComputedStyle(document.querySelector('#involvements td[data-label=Contact]'), '::before').content;"),
        "each value under its column's name");
  }

  @Test
  void everyFormListsItsProblemsAtTheTopLinkedToTheirFields() {
    // Activation, before any login, at both widths.
    browser.get(Api.BASE + "/activate.xhtml");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.elementToBeClickable(By.id("activation:choose")));
    assertAccessible("activation");
    Browsers.submit(browser, By.id("activation:choose"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser.findElement(By.id("error-summary")).getText().startsWith("There is a problem"));
    assertFalse(
        browser
            .findElements(By.cssSelector("#error-summary a[href='#activation:activationCode']"))
            .isEmpty(),
        "the summary links to the code's box: "
            + browser.findElement(By.id("error-summary")).getText());
    browser.manage().window().setSize(PHONE);
    assertNoSidewaysScroll("activation with its errors");
    assertAccessible("activation with its errors at 390 px");
    browser.manage().window().setSize(WIDE);

    // The reason asked before a record opens.
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    logIn(account("practitioner"));
    browser.get(Api.BASE + "/record.xhtml?child=" + child);
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("reason:open")));
    Browsers.submit(browser, By.id("reason:open"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    WebElement reasonLink = browser.findElement(By.cssSelector("#error-summary a"));
    assertEquals("Choose why you need to see this record", reasonLink.getText());
    assertEquals("#reason:reason", reasonLink.getAttribute("hash"));
    assertTrue(
        browser
            .findElement(By.cssSelector("#reason .cp-error-message"))
            .getText()
            .contains("Choose why"),
        "and beside the question");
    assertAccessible("the reason form with its error");

    // User administration: a date that does not exist, in GOV.UK's three boxes.
    browser.manage().deleteAllCookies();
    String[] admin = account("admin");
    logIn(admin);
    browser.get(Api.BASE + "/accounts.xhtml");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("open:username")));
    assertAccessible("user administration");
    browser.findElement(By.id("open:username")).sendKeys("d" + admin[0]);
    browser.findElement(By.id("open:fullName")).sendKeys("Dora Dates");
    browser.findElement(By.id("open:vetted:day")).sendKeys("31");
    browser.findElement(By.id("open:vetted:month")).sendKeys("2");
    browser.findElement(By.id("open:vetted:year")).sendKeys("2026");
    browser.findElement(By.id("open:trained:day")).sendKeys("3");
    Browsers.submit(browser, By.id("open:submit"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    String summary = browser.findElement(By.id("error-summary")).getText();
    assertTrue(
        summary.contains("Enhanced vetting date must be a real date")
            && summary.contains("Training date must include a day, a month and a year"),
        summary);
    assertFalse(
        browser.findElements(By.cssSelector("#error-summary a[href='#open:vetted']")).isEmpty(),
        summary);
    assertEquals(
        "31",
        browser.findElement(By.id("open:vetted:day")).getAttribute("value"),
        "what was typed stays");
    assertEquals("Dora Dates", browser.findElement(By.id("open:fullName")).getAttribute("value"));
    assertAccessible("user administration with its errors");
    browser.manage().window().setSize(PHONE);
    assertNoSidewaysScroll("user administration");
    assertAccessible("user administration at 390 px");
  }

  @Test
  void beforeTheSessionEndsAWarningOffersToStayLoggedIn() {
    String[] practitioner = account("practitioner");
    logIn(practitioner);
    WebElement dialog = browser.findElement(By.id("session-timeout"));
    assertEquals(
        "1200", dialog.getAttribute("data-session-seconds"), "web.xml's 20 minutes of quiet");
    assertNull(dialog.getAttribute("open"), "no warning on arrival");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // The page's own timer, shortened: two minutes and five seconds left, warned at two minutes.
    js.executeScript("window.contactPointSessionTimeout.start(125, 120);");
    Browsers.waitFor(browser).until(driver -> dialog.getAttribute("open") != null);
    assertTrue(
        dialog.getText().contains("You will be logged out soon")
            && dialog.getText().contains("2 minutes"),
        dialog.getText());
    assertEquals(
        "session-timeout-stay",
        browser.switchTo().activeElement().getAttribute("id"),
        "the choice has the focus");
    assertAccessible("the timeout warning");
    browser.findElement(By.id("session-timeout-stay")).click();
    Browsers.waitFor(browser).until(driver -> dialog.getAttribute("open") == null);
    browser.get(Api.BASE + "/");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

    // Nobody answers: the session is ended and the login page shows.
    js.executeScript("window.contactPointSessionTimeout.start(3, 2);");
    Browsers.waitFor(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
    browser.get(Api.BASE + "/");
    Browsers.waitFor(browser).until(ExpectedConditions.urlContains("/login.xhtml"));
    assertTrue(browser.findElements(By.id("current-user")).isEmpty(), "logged out");
  }
}
