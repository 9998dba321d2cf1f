package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * Taking the lead on one's own involvement, on the record screen and through the API, with the same
 * rules: from someone else only with the agreed take-over, never on another's involvement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordScreenIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static String[] practitioner() {
    return new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n");
  }

  private static long involve(Api who, String child, String role, boolean lead) {
    Api.Answer added =
        who.post(
            "/api/v1/children/" + child + "/involvements",
            "{\"role\":\""
                + role
                + "\",\"startDate\":\""
                + LocalDate.now().minusDays(5)
                + "\",\"leadProfessional\":"
                + lead
                + "}");
    assertEquals(201, added.status(), added.body());
    return added.json().getJsonNumber("id").longValue();
  }

  @Test
  void theLeadIsTakenOverOnlyWhenAgreedAndOnlyOnOnesOwnInvolvement() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    Api lead = Api.loggedIn(practitioner());
    long theirs = involve(lead, child, "Social worker", true);
    Api me = Api.loggedIn(practitioner());
    long mine = involve(me, child, "School nurse", false);

    String path = "/api/v1/children/" + child + "/involvements/";
    assertEquals(
        409, me.post(path + mine + "/lead", "{}").status(), "someone else is lead: agree it first");
    assertEquals(
        403,
        me.post(path + theirs + "/lead", "{\"takeOverLead\":true}").status(),
        "not my involvement");
    assertEquals(404, me.post(path + 999999999L + "/lead", "{\"takeOverLead\":true}").status());
    assertEquals(204, me.post(path + mine + "/lead", "{\"takeOverLead\":true}").status());
    assertEquals(
        204, lead.post(path + theirs + "/lead", "{\"takeOverLead\":true}").status(), "and back");
  }

  @Test
  void aPractitionerTakesTheLeadOnTheRecordScreenOnceTheTakeOverIsAgreed() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    involve(Api.loggedIn(practitioner()), child, "Social worker", true);
    String[] nurse = practitioner();
    involve(Api.loggedIn(nurse), child, "School nurse", false);

    logIn(
        nurse,
        Totp.stepAt(Instant.now()) + 1); // the API took this step's code: a code is used once
    openRecord(child);
    assertAccessible("record with my involvement");
    List<String> facts =
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("record:fact")))
            .getOptions().stream().map(org.openqa.selenium.WebElement::getText).toList();
    assertTrue(
        facts.contains("Address")
            && facts.contains("A parent or carer")
            && facts.stream().noneMatch(f -> f.matches("[A-Z_]{2,}")),
        "words, not stored codes: " + facts);
    Browsers.submit(browser, By.xpath("//input[@value='Take the lead']"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#record-error li")));
    assertTrue(
        browser.findElement(By.id("record-error")).getText().contains("Agree the change"),
        browser.findElement(By.id("record-error")).getText());

    browser.findElement(By.id("record:takeOverExisting")).click();
    Browsers.submit(browser, By.xpath("//input[@value='Take the lead']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//input[@value='Take the lead']")));
    String involved = browser.findElement(By.id("involvements")).getText();
    assertEquals(
        1,
        involved.split("lead professional", -1).length - 1,
        "one lead, the nurse now: " + involved);
    assertTrue(
        browser.findElements(By.cssSelector("#record-error li")).isEmpty(),
        "taken without a refusal");
  }

  @Test
  void theSectionsTeamKeepsARecordPast18AndWithdrawsItOnTheRecordScreen() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    logIn(
        new Api().post("/test-support/accounts/data-quality-manager", "{}").body().split("\n"),
        Totp.stepAt(Instant.now()));
    openRecord(child);
    Browsers.submit(browser, By.id("record:extend-button"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#record\\:extension .cp-error-message")));
    assertTrue(
        browser.findElement(By.id("record:extension")).getText().contains("CARE_LEAVER"),
        "the reason is named beside its field");
    assertAccessible("record with the extension form's error");

    new org.openqa.selenium.support.ui.Select(
            browser.findElement(By.id("record:extension-category")))
        .selectByVisibleText("A care leaver");
    browser
        .findElement(By.id("record:extension-consentNote"))
        .sendKeys("Agreed at her pathway review");
    Browsers.typeDate(browser, "record:extension-endsOn", LocalDate.now().plusYears(1));
    Browsers.submit(browser, By.id("record:extend-button"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("record-error"), "kept until"));
    Browsers.submit(browser, By.id("record:withdraw-extension-button"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("record-error"), "withdrawn"));
  }
}
