package uk.contactpoint.it;

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
import org.openqa.selenium.support.ui.Select;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;

/**
 * The organisation register on the screen: a wrong code told beside its field, a school registered
 * and accredited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @Test
  void aUserAdministratorRegistersAndAccreditsASchoolOnTheScreen() {
    String[] admin =
        new Api().post("/test-support/accounts/user-administrator", "{}").body().split("\n");
    logIn(admin, Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:organisations-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("organisation:save")));
    assertAccessible("organisation register");

    String name =
        "Screen Primary "
            + (char) ('A' + new Random().nextInt(26))
            + (char) ('a' + new Random().nextInt(26));
    new Select(browser.findElement(By.id("organisation:kind"))).selectByVisibleText("School");
    browser.findElement(By.id("organisation:name")).sendKeys(name);
    browser.findElement(By.id("organisation:code")).sendKeys("12AB");
    Browsers.submit(browser, By.id("organisation:save"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser.findElement(By.id("error-summary")).getText().contains("URN"),
        browser.findElement(By.id("error-summary")).getText());
    assertTrue(
        browser.findElement(By.cssSelector(".cp-field-error #organisation\\:code")).isDisplayed(),
        "the message is beside the field");
    assertAccessible("organisation register with an error");

    browser.findElement(By.id("organisation:code")).clear();
    browser
        .findElement(By.id("organisation:code"))
        .sendKeys(String.valueOf(100000 + new Random().nextInt(899999)));
    Browsers.submit(browser, By.id("organisation:save"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-table"), name));

    browser.findElement(By.xpath("//input[@aria-label='Change " + name + "']")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("organisation:accountLimit")));
    browser.findElement(By.id("organisation:accountLimit")).sendKeys("4");
    Browsers.submit(browser, By.id("organisation:accredit"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("organisation-table"), "0 of 4"));
    assertAccessible("organisation register after accrediting");
  }

  @Test
  void aUserAdministratorImportsTheirSchoolsFromAGetInformationAboutSchoolsFile()
      throws java.io.IOException {
    String[] admin =
        new Api().post("/test-support/accounts/user-administrator", "{}").body().split("\n");
    logIn(admin, Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:organisations-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-link")))
        .click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import:read")));
    assertAccessible("organisation import");

    java.nio.file.Path wrong = java.nio.file.Files.createTempFile("not-gias", ".csv");
    java.nio.file.Files.writeString(wrong, "URN,Name\n100000,A school\n");
    browser.findElement(By.id("import:file")).sendKeys(wrong.toAbsolutePath().toString());
    Browsers.submit(browser, By.id("import:read"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    assertTrue(
        browser.findElement(By.id("error-summary")).getText().contains("EstablishmentName"),
        browser.findElement(By.id("error-summary")).getText());
    assertTrue(
        browser.findElement(By.cssSelector(".cp-field-error #import\\:file")).isDisplayed(),
        "the message is beside the field");
    assertAccessible("organisation import with an error");

    String urn = String.valueOf(100000 + new Random().nextInt(899999));
    java.nio.file.Path gias = java.nio.file.Files.createTempFile("edubasealldata", ".csv");
    java.nio.file.Files.writeString(
        gias,
        "URN,EstablishmentName,EstablishmentStatus (name),CloseDate,Town,TelephoneNum,GSSLACode (name)\n"
            + urn
            + ",Screen Import Primary,Open,,Otley,0113 496 0101,E08000035\n",
        java.nio.charset.StandardCharsets.UTF_8);
    browser.findElement(By.id("import:file")).sendKeys(gias.toAbsolutePath().toString());
    Browsers.submit(browser, By.id("import:read"));
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
    assertTrue(
        browser.findElement(By.id("added")).getText().equals("1"),
        browser.findElement(By.id("report")).getText());
    assertAccessible("organisation import report");
    browser.findElement(By.linkText("Back to the organisation register")).click();
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("organisation-table"), "Screen Import Primary"));
  }

  @Test
  void anOperatorRegistersALocalAuthorityOnTheScreenAndAUserAdministratorMayNot() {
    String[] operator = new Api().post("/test-support/accounts/admin", "{}").body().split("\n");
    logIn(operator, Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:sections-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("section:register")));
    assertAccessible("local authorities");

    browser.findElement(By.id("section:code")).sendKeys("W06000001");
    Browsers.submit(browser, By.id("section:register"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    String summary = browser.findElement(By.id("error-summary")).getText();
    assertTrue(summary.contains("GSS code") && summary.contains("name"), summary);
    assertTrue(
        browser.findElement(By.cssSelector(".cp-field-error #section\\:code")).isDisplayed(),
        "the message is beside the field");
    assertAccessible("local authorities with an error");

    String code = "E10" + (100000 + new Random().nextInt(899999));
    browser.findElement(By.id("section:code")).clear();
    browser.findElement(By.id("section:code")).sendKeys(code);
    browser.findElement(By.id("section:name")).sendKeys("Screenshire County Council");
    Browsers.submit(browser, By.id("section:register"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("section-table"), code));
    assertTrue(browser.findElement(By.id("section-messages")).getText().contains("is registered"));

    browser.manage().deleteAllCookies();
    String[] userAdministrator =
        new Api().post("/test-support/accounts/user-administrator", "{}").body().split("\n");
    logIn(userAdministrator, Totp.stepAt(Instant.now()));
    assertTrue(
        browser.findElements(By.id("account-bar:sections-link")).isEmpty(), "no link for them");
    browser.get(Api.BASE + "/sections.xhtml");
    Browsers.waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.titleIs("")));
    assertTrue(
        browser.findElements(By.id("section:register")).isEmpty(),
        "the screen is not theirs: " + browser.getTitle());
  }
}
