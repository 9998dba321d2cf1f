package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;

/** The "Find a child" screen in a real headless Chromium, as a practitioner uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchPageIT {

  private static WebDriver browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browsers.headlessChromium();
  }

  /** A practitioner account of the test's own, made through the test-support WAR. */
  private static String[] newPractitioner() {
    String body = new Api().post("/test-support/accounts/practitioner", "{}").body();
    return body.split("\n");
  }

  private static String code(String secret) {
    return Totp.codeAt(Base32.decode(secret), Totp.stepAt(Instant.now()));
  }

  private void logIn(String username, String password, String pin, String code) {
    browser.get(Api.BASE + "/login.xhtml");
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:pin")).sendKeys(pin);
    browser.findElement(By.id("login:code")).sendKeys(code);
    Browsers.submit(browser, By.id("login:submit"));
  }

  @BeforeEach
  void logInWithAllFourFactors() {
    browser.manage().deleteAllCookies();
    String[] account = newPractitioner();
    logIn(account[0], account[1], account[2], code(account[3]));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    assertEquals(
        account[0], browser.findElement(By.id("current-user")).getAttribute("data-username"));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebDriverWait waitUpTo(int seconds) {
    return Browsers.waitFor(browser);
  }

  @Test
  void aWrongCodeShowsTheGenericErrorAndLogoutEndsTheSession() {
    browser.findElement(By.id("account-bar:logout")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    browser.get(Api.BASE + "/");
    assertTrue(
        browser.getCurrentUrl().endsWith("/login.xhtml"),
        "after logout the search page asks for a login");
    String[] account = newPractitioner();
    logIn(
        account[0],
        account[1],
        account[2],
        "000000".equals(code(account[3])) ? "111111" : "000000");
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
    assertTrue(
        browser
            .findElement(By.id("login-error"))
            .getText()
            .contains("The details you entered are not right"));
    logIn(account[0], "wrong-password-123", account[2], code(account[3]));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
    assertTrue(
        browser
            .findElement(By.id("login-error"))
            .getText()
            .contains("The details you entered are not right"));
  }

  @Test
  void aBoxLeftEmptyIsNamedInTheErrorSummaryAndBesideIt() {
    browser.findElement(By.id("account-bar:logout")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    logIn("someone", "", "", "");
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    String summary = browser.findElement(By.id("error-summary")).getText();
    assertTrue(
        summary.startsWith("There is a problem")
            && summary.contains("Enter your password")
            && summary.contains("Enter your PIN")
            && summary.contains("Enter the 6-digit code")
            && !summary.contains("Enter your username"),
        summary);
    assertTrue(
        browser.findElements(By.id("login-error")).isEmpty()
            || browser.findElement(By.id("login-error")).getText().isBlank(),
        "no generic message and no lockout warning: nothing was tried");
    assertEquals(
        "#login:password",
        browser.findElement(By.cssSelector("#error-summary a")).getAttribute("hash"),
        "the summary links to the box");
    assertEquals(
        "",
        uk.contactpoint.it.support.Accessibility.seriousViolations(browser),
        "accessibility of the login page with empty boxes");
  }

  @Test
  void anOperatorOpensAnAccountAndGetsItsActivationCodeOnce() {
    browser.findElement(By.id("account-bar:logout")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    String[] admin = new Api().post("/test-support/accounts/admin", "{}").body().split("\n");
    logIn(admin[0], admin[1], admin[2], code(admin[3]));
    waitUpTo(20)
        .until(ExpectedConditions.presenceOfElementLocated(By.linkText("User administration")))
        .click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("open:username")));
    String username = "n" + admin[0];
    browser.findElement(By.id("open:username")).sendKeys(username);
    browser.findElement(By.id("open:fullName")).sendKeys("Nadia Newcomer");
    browser.findElement(By.id("open:jobTitle")).sendKeys("School nurse");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("open:organisation")))
        .selectByValue(admin[4]);
    browser.findElement(By.id("open:section")).sendKeys("E08000035");
    Browsers.typeDate(browser, "open:vetted", LocalDate.now().minusMonths(1));
    Browsers.typeDate(browser, "open:trained", LocalDate.now().minusMonths(1));
    Browsers.typeDate(browser, "open:agreement", LocalDate.now().minusMonths(1));
    browser.findElement(By.id("open:submit")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("activation-code")));
    assertTrue(browser.findElement(By.id("activation-code")).getText().matches("[A-Z2-9]{12}"));
    assertTrue(browser.findElement(By.id("account-table")).getText().contains(username));
    browser.get(Api.BASE + "/accounts.xhtml");
    assertTrue(browser.findElements(By.id("activation-code")).isEmpty(), "the code is shown once");
  }

  @Test
  void aPractitionerCannotOpenUserAdministration() {
    browser.get(Api.BASE + "/accounts.xhtml");
    assertTrue(
        browser.findElements(By.id("account-table")).isEmpty(),
        "the screen shows no accounts to a practitioner");
    assertTrue(browser.findElement(By.id("not-allowed")).getText().contains("operators"));
    assertTrue(browser.findElements(By.linkText("User administration")).isEmpty());
  }

  @Test
  void aNewUserActivatesEnrolsTheirTokenAndLogsIn() {
    browser.findElement(By.id("account-bar:logout")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    String[] pending = new Api().post("/test-support/accounts/pending", "{}").body().split("\n");
    browser.findElement(By.linkText("Activate your account")).click();
    waitUpTo(20)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("activation:activationCode")));
    browser.findElement(By.id("activation:username")).sendKeys(pending[0]);
    browser.findElement(By.id("activation:activationCode")).sendKeys(pending[1]);
    browser.findElement(By.id("activation:password")).sendKeys("my new long password");
    browser.findElement(By.id("activation:pin")).sendKeys("86420");
    browser.findElement(By.id("activation:choose")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("secret")));
    assertTrue(
        browser.findElements(By.cssSelector("svg[role=img]")).size() == 1, "a QR code to scan");
    // The authenticator app: it reads the key and shows the current code.
    String secret = browser.findElement(By.id("secret")).getText();
    browser.findElement(By.id("activation:code")).sendKeys(code(secret));
    browser.findElement(By.id("activation:confirm")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
    browser.findElement(By.linkText("Log in")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    logIn(
        pending[0],
        "my new long password",
        "86420",
        Totp.codeAt(Base32.decode(secret), Totp.stepAt(Instant.now()) + 1));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    assertEquals(
        pending[0], browser.findElement(By.id("current-user")).getAttribute("data-username"));
  }

  @Test
  void aPractitionerFindsKellyByAMisspeltNameAndHerBirthDate() {
    // Demo data is dated from the day it was loaded; a run of the tests can cross midnight.
    LocalDate born = Api.demoLoadDay().minusYears(15).minusDays(90);
    browser.get(Api.BASE + "/");
    assertEquals("Find a child – ContactPoint", browser.getTitle());
    browser.findElement(By.id("search:name")).sendKeys("Kely");
    browser.findElement(By.id("search:day")).sendKeys(String.valueOf(born.getDayOfMonth()));
    browser.findElement(By.id("search:month")).sendKeys(String.valueOf(born.getMonthValue()));
    browser.findElement(By.id("search:year")).sendKeys(String.valueOf(born.getYear()));
    browser.findElement(By.id("search:submit")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
    String firstRow = browser.findElement(By.cssSelector("#result-table tbody tr")).getText();
    assertTrue(firstRow.contains("Kelly Mason"), firstRow);
    assertTrue(firstRow.contains("Morley"), firstRow);
    assertTrue(firstRow.contains("Leeds"), firstRow);
    assertTrue(
        !browser.getPageSource().contains("Elmwood Terrace"),
        "a search result never shows an address");
  }

  @Test
  void anEmptySearchSaysWhatToEnter() {
    browser.get(Api.BASE + "/");
    browser.findElement(By.id("search:submit")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    String summary = browser.findElement(By.id("error-summary")).getText();
    assertTrue(summary.contains("Enter a name, or a date or year of birth"), summary);
    assertEquals(
        "search:name",
        browser
            .findElement(By.cssSelector("#error-summary a"))
            .getAttribute("href")
            .replaceAll(".*#", ""));
  }

  /**
   * The screen's saved state is gone from the session (as after more screens than a session keeps,
   * or a node lost between answering and copying the session): the search is not done, and the same
   * screen opens again with a notice instead of an error page, the name nowhere in its address.
   */
  @Test
  void aSearchFromAScreenTheSessionNoLongerHoldsOpensTheScreenAgainWithANotice() {
    browser.get(Api.BASE + "/");
    browser.findElement(By.id("search:name")).sendKeys("Kelly");
    forgetTheScreensSavedState();
    Browsers.submit(browser, By.id("search:submit"));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("screen-expired")));
    assertTrue(
        browser.findElement(By.id("screen-expired")).getText().contains("This screen had expired"));
    assertEquals("Find a child – ContactPoint", browser.getTitle());
    assertTrue(browser.findElements(By.id("result-count")).isEmpty(), "the search was not done");
    assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), browser.getCurrentUrl());
    assertEquals("", browser.findElement(By.id("search:name")).getAttribute("value"));

    browser.findElement(By.id("search:name")).sendKeys("Kelly");
    Browsers.submit(browser, By.id("search:submit"));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
    assertTrue(browser.findElements(By.id("screen-expired")).isEmpty(), "the notice is shown once");
  }

  /**
   * A login screen left open past the session's 20 minutes: no error page, and the next try logs
   * in.
   */
  @Test
  void aLoginScreenLeftOpenPastItsSessionAsksForTheDetailsAgain() {
    browser.findElement(By.id("account-bar:logout")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    String[] account = newPractitioner();
    browser.manage().deleteAllCookies();
    browser.findElement(By.id("login:username")).sendKeys(account[0]);
    browser.findElement(By.id("login:password")).sendKeys(account[1]);
    browser.findElement(By.id("login:pin")).sendKeys(account[2]);
    browser.findElement(By.id("login:code")).sendKeys(code(account[3]));
    Browsers.submit(browser, By.id("login:submit"));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("screen-expired")));
    assertTrue(
        browser.findElements(By.id("current-user")).isEmpty(),
        "not logged in by a form the server did not read");

    logIn(account[0], account[1], account[2], code(account[3]));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    assertEquals(
        account[0], browser.findElement(By.id("current-user")).getAttribute("data-username"));
  }

  /** Logging out never depends on the screen's saved state: it is not a screen action. */
  @Test
  void logOutWorksFromAScreenTheSessionNoLongerHolds() {
    browser.get(Api.BASE + "/");
    forgetTheScreensSavedState();
    Browsers.submit(browser, By.id("account-bar:logout"));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    assertTrue(browser.findElements(By.id("screen-expired")).isEmpty());
    browser.get(Api.BASE + "/");
    assertTrue(
        browser.getCurrentUrl().endsWith("/login.xhtml"),
        "after logout the search page asks for a login");
  }

  /** What the session would have lost: the screen's state, named by the page's view state field. */
  private void forgetTheScreensSavedState() {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(f => f.value = '-1:-1');");
  }

  @Test
  void aDateThatDoesNotExistIsShownBesideTheDateField() {
    browser.get(Api.BASE + "/");
    browser.findElement(By.id("search:name")).sendKeys("Kelly");
    browser.findElement(By.id("search:day")).sendKeys("31");
    browser.findElement(By.id("search:month")).sendKeys("2");
    browser.findElement(By.id("search:year")).sendKeys("2012");
    browser.findElement(By.id("search:submit")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser
            .findElement(By.cssSelector("fieldset .cp-error-message"))
            .getText()
            .contains("real date"));
  }

  @Test
  void aNameHoldingAControlCharacterIsRefusedBesideTheField() {
    browser.get(Api.BASE + "/");
    // No keyboard types a NUL; a page's script, or a hand-made request, can send one.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('search:name').value = 'Kel\\u0000ly';");
    browser.findElement(By.id("search:submit")).click();
    waitUpTo(20)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cp-error-message")));
    String beside = browser.findElement(By.cssSelector(".cp-error-message")).getText();
    assertTrue(beside.contains("must not hold control characters"), beside);
    assertEquals("Find a child – ContactPoint", browser.getTitle());
  }

  @Test
  void aPractitionerKeepsTheirOwnContactDetailsAndAsksForTheDailyEmailOnTheirAccountScreen() {
    browser.findElement(By.id("account-bar:account-link")).click();
    waitUpTo(20).until(ExpectedConditions.titleIs("Your account – ContactPoint"));
    assertEquals(
        "",
        uk.contactpoint.it.support.Accessibility.seriousViolations(browser),
        "accessibility of the account page");
    browser.findElement(By.id("account:email")).clear();
    browser.findElement(By.id("account:daily")).click();
    browser.findElement(By.id("account:save")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser
            .findElement(By.cssSelector(".cp-field-error .cp-error-message"))
            .getText()
            .contains("work e-mail"),
        browser.findElement(By.id("error-summary")).getText());
    browser.findElement(By.id("account:phone")).clear();
    browser.findElement(By.id("account:phone")).sendKeys("not a phone!!");
    browser.findElement(By.id("account:email")).sendKeys("nurse.digest@example.org");
    browser.findElement(By.id("account:save")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser
            .findElement(By.id("error-summary"))
            .getText()
            .toLowerCase(java.util.Locale.ROOT)
            .contains("phone"),
        browser.findElement(By.id("error-summary")).getText());
    browser.findElement(By.id("account:phone")).clear();
    browser.findElement(By.id("account:phone")).sendKeys("0113 496 0123");
    browser.findElement(By.id("account:save")).click();
    waitUpTo(20)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("account-messages"), "saved"));
    browser.navigate().refresh();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("account:phone")));
    assertEquals(
        "0113 496 0123", browser.findElement(By.id("account:phone")).getAttribute("value"));
    assertEquals(
        "nurse.digest@example.org",
        browser.findElement(By.id("account:email")).getAttribute("value"));
    assertTrue(browser.findElement(By.id("account:daily")).isSelected());
  }
}
