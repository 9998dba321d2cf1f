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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Accessibility;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;

/**
 * Kelly's story from the leaflet, in a real browser, on the demo data and with the demo logins of
 * the README: Jane finds Kelly and sees Paul (ended four months ago) and Tim, not the involvement
 * that ended over a year ago; Libby adds herself; Jane then sees Libby.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KellysStoryIT {

  private static WebDriver browser;
  private static long janesLastStep;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

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

  private static WebDriverWait waitUpTo(int seconds) {
    return Browsers.waitFor(browser);
  }

  private static void logIn(String user, String password, String pin, String secret, long step) {
    browser.manage().deleteAllCookies();
    browser.get(Api.BASE + "/login.xhtml");
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
    assertAccessible("login");
    browser.findElement(By.id("login:username")).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:pin")).sendKeys(pin);
    browser.findElement(By.id("login:code")).sendKeys(Totp.codeAt(Base32.decode(secret), step));
    Browsers.submit(browser, By.id("login:submit"));
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    assertAccessible("home and search");
  }

  /** axe-core finds no serious or critical WCAG 2.2 AA violation on the page shown. */
  private static void assertAccessible(String page) {
    assertEquals(
        "", Accessibility.seriousViolations(browser), "accessibility of the " + page + " page");
  }

  /** From the search page to Kelly's record: search, pick her, give a reason. */
  private static String openKellysRecord(String reason) {
    LocalDate born = Api.demoLoadDay().minusYears(15).minusDays(90);
    browser.findElement(By.id("search:name")).sendKeys("Kely");
    browser.findElement(By.id("search:day")).sendKeys(String.valueOf(born.getDayOfMonth()));
    browser.findElement(By.id("search:month")).sendKeys(String.valueOf(born.getMonthValue()));
    browser.findElement(By.id("search:year")).sendKeys(String.valueOf(born.getYear()));
    browser.findElement(By.id("search:submit")).click();
    // Kelly may also be listed among "children you work with": take her row in the results.
    By kellysResult = By.xpath("//*[@id='result-table']//a[normalize-space()='Kelly Mason']");
    waitUpTo(20).until(ExpectedConditions.elementToBeClickable(kellysResult));
    assertAccessible("search results");
    browser.findElement(kellysResult).click();
    waitUpTo(20)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='" + reason + "']")))
        .click();
    browser.findElement(By.id("reason:open")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("involvements")));
    assertAccessible("record");
    return browser.findElement(By.id("involvements")).getText();
  }

  @Test
  void janeFindsWhoElseWorksWithKellyAndLibbyJoinsThem() {
    long now = Totp.stepAt(Instant.now());
    logIn("jane", "jane-demo-2009", "2468", "JANEDEMOTOKENAAAAAAAAAAAAAAAAAAA", now);
    String involved = openKellysRecord("COORDINATE_SUPPORT");
    assertTrue(involved.contains("Paul Hughes"), involved);
    assertTrue(involved.contains("Social worker"), involved);
    assertTrue(
        involved.contains(Browsers.day(Api.demoLoadDay().minusMonths(4))),
        "Paul's end date: " + involved);
    assertTrue(involved.contains("Tim Walker") && involved.contains("Housing officer"), involved);
    assertTrue(
        involved.matches("(?s).*07700 9\\d{5}.*"), "contact details beside the names: " + involved);
    assertFalse(involved.contains("Ruth Bennett"), "ended 13 months ago: no longer listed");
    assertTrue(browser.findElement(By.id("consent-reminder")).getText().contains("consent"));
    assertTrue(
        browser.findElement(By.id("own-number")).getText().contains("MHS-0471"),
        "Jane's school's own number for Kelly");
    assertTrue(browser.findElement(By.id("child-name")).getText().contains("Kelly"));
    assertTrue(
        browser.findElement(By.id("record:gender")).getText().contains("Female"),
        "her gender under her name");
    org.openqa.selenium.WebElement source = browser.findElement(By.cssSelector("details.cp-fact"));
    source.findElement(By.tagName("summary")).click();
    assertTrue(
        source.getText().contains("From "),
        "each fact's source and date on demand: " + source.getText());

    logIn(
        "libby",
        "libby-demo-2009",
        "9753",
        "LIBBYDEMOTOKENAAAAAAAAAAAAAAAAAA",
        Totp.stepAt(Instant.now()));
    boolean libbyListed = openKellysRecord("STARTING_WORK").contains("Libby Shaw");
    assertTrue(
        browser.findElements(By.id("own-number")).isEmpty(), "not the school's number for Libby");
    if (!libbyListed) {
      browser.findElement(By.id("record:role")).sendKeys("Young carers support worker");
      browser.findElement(By.id("record:add")).click();
      waitUpTo(20)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("involvements"), "Libby Shaw"));
    }

    // Jane's next code is for a later time step than her first: a code is never accepted twice.
    logIn("jane", "jane-demo-2009", "2468", "JANEDEMOTOKENAAAAAAAAAAAAAAAAAAA", now + 1);
    String changes = browser.findElement(By.id("changes")).getText();
    assertTrue(
        changes.contains(
            "Libby Shaw, Young carers support worker, started working with Kelly Mason"),
        changes);
    assertTrue(browser.findElement(By.id("my-children")).getText().contains("Kelly Mason"));
    String afterwards = openKellysRecord("COORDINATE_SUPPORT");
    assertTrue(
        afterwards.contains("Libby Shaw") && afterwards.contains("Young carers support worker"),
        afterwards);
    assertEquals(
        "Jane Carter",
        browser.findElement(By.id("current-user")).getText(),
        "the header names the person, not the username");
    assertEquals("jane", browser.findElement(By.id("current-user")).getAttribute("data-username"));
  }
}
