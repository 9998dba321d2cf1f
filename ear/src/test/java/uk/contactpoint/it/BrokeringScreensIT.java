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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;
import uk.contactpoint.it.support.MailCatcher;

/**
 * Brokered contact end to end in a browser (rules 5 and 6): a practitioner asks on a shielded
 * record, the brokering manager passes it on and records the outcome on their screen, and the
 * practitioner then reads the outcome and the contact they may use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokeringScreensIT extends InTheBrowser {

  @RegisterExtension static final MailCatcher MAIL = new MailCatcher();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @Test
  void aPractitionerAsksTheBrokerHandlesItAndThePractitionerSeesTheOutcome() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    String[] team =
        new Api().post("/test-support/accounts/shielding-manager", "{}").body().split("\n");
    Api teamApi = Api.loggedIn(team);
    assertEquals(
        201,
        teamApi
            .post(
                "/api/v1/manage/children/" + child + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());
    String[] practitioner =
        new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n");
    String[] broker = new Api().post("/test-support/accounts/broker", "{}").body().split("\n");
    long step = Totp.stepAt(Instant.now());

    logIn(practitioner, step);
    browser.get(Api.BASE + "/record.xhtml?child=" + child);
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='COORDINATE_SUPPORT']")))
        .click();
    Browsers.submit(browser, By.id("reason:open"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("record:contact-message")))
        .sendKeys("I am the new school nurse and need to speak to the family's key worker");
    Browsers.submit(browser, By.id("record:ask-contact-button"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("record:contact-asked")));
    assertAccessible("shielded record with a contact request");

    logIn(broker, step);
    browser.findElement(By.id("account-bar:brokering-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("queue-table")));
    assertAccessible("brokering");
    String row = "//tr[td[contains(normalize-space(), 'need to speak to the family')]]";
    browser
        .findElement(By.xpath(row + "//input[contains(@id, ':to')]"))
        .sendKeys("Refuge key worker");
    Browsers.submit(browser, By.xpath(row + "//input[@value='Record forwarding']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("brokering-messages"), "forwarded"));
    browser.findElement(By.xpath(row + "//select")).sendKeys("AGREED");
    browser
        .findElement(By.xpath(row + "//input[contains(@id, ':shared')]"))
        .sendKeys("Refuge key worker, 0113 000 2222");
    Browsers.submit(browser, By.xpath(row + "//input[@value='Record the outcome']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("brokering-messages"), "closed"));

    logIn(practitioner, step + 1);
    String page = browser.findElement(By.id("main")).getText();
    assertTrue(
        page.contains("was agreed") && page.contains("Refuge key worker, 0113 000 2222"), page);
  }
}
