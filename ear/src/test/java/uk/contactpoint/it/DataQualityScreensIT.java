package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
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
 * The data-quality duty on its screen: a feed record matching held (another child's name, the same
 * surname and birthday: a twin, or a typo?) is shown beside the record it resembles, field by
 * field; the manager decides it is a new child, and the feed's report says so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataQualityScreensIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static String record(
      String id, String given, String family, LocalDate born, String postcode) {
    return "{\"recordId\":\""
        + id
        + "\",\"localAuthority\":\"E08000035\",\"name\":{\"given\":\""
        + given
        + "\",\"family\":\""
        + family
        + "\"},\"dateOfBirth\":\""
        + born
        + "\",\"gender\":\"MALE\",\"address\":{\"lines\":[\"9 Beck Road\"],\"town\":\"Leeds\","
        + "\"postcode\":\""
        + postcode
        + "\",\"status\":\"CURRENT\"}}";
  }

  private static String outcome(Api feed, String source, String batch) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      Api.Answer report = feed.get("/api/v1/feeds/" + source + "/batches/" + batch);
      if (report.json().getString("status").equals("done")) {
        return report.json().getJsonArray("results").getJsonObject(0).getString("outcome");
      }
      Thread.sleep(200);
    }
    throw new AssertionError("batch not done");
  }

  @Test
  void aManagerComparesAHeldRecordSideBySideAndMakesItANewChild() throws InterruptedException {
    Random random = new Random();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    // Wholly random: a shared prefix would make every run's family "close" to the others'.
    String family = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    String source = "DQ-" + letters.toString().toUpperCase(Locale.ROOT);
    LocalDate born = LocalDate.now().minusYears(7).minusDays(random.nextInt(300));
    Api admin =
        Api.loggedIn(new Api().post("/test-support/accounts/admin", "{}").body().split("\n"));
    Api feed =
        new Api()
            .withBearer(
                admin
                    .post(
                        "/api/v1/admin/source-keys",
                        "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"E08000035\"}")
                    .json()
                    .getString("key"));
    assertEquals(
        202,
        feed.post(
                "/api/v1/feeds/" + source + "/batches",
                "{\"batchId\":\"first\",\"records\":["
                    + record("Q-1", "Reuben", family, born, "LS6 1AA")
                    + "]}")
            .status());
    assertEquals("created", outcome(feed, source, "first"), "the trial: what would happen");
    assertEquals(
        202,
        feed.post(
                "/api/v1/feeds/" + source + "/batches",
                "{\"batchId\":\"second\",\"records\":["
                    + record("Q-2", "Ezekiel", family, born, "B13 0AA")
                    + "]}")
            .status());

    // The source is new: the manager approves it on its trial's results, then its waiting batch is
    // applied.
    logIn(
        new Api().post("/test-support/accounts/data-quality-manager", "{}").body().split("\n"),
        Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:data-quality-link")).click();
    String sourceRow = "//tr[td[normalize-space() = '" + source + "']]";
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.xpath(sourceRow)));
    assertTrue(
        browser.findElement(By.xpath(sourceRow)).getText().contains("100.0 %"),
        browser.findElement(By.xpath(sourceRow)).getText());
    Browsers.submit(browser, By.xpath(sourceRow + "//input[@value='Approve: go live']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("data-quality-messages"), "is live"));
    assertEquals("review", outcome(feed, source, "second"));
    browser.findElement(By.id("account-bar:data-quality-link")).click();
    String caseXpath =
        "//form[contains(@id, 'case') and .//td[contains(., 'Ezekiel')] and .//td[contains(., '"
            + family
            + "')]]";
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.xpath(caseXpath)));
    String shown = browser.findElement(By.xpath(caseXpath)).getText();
    assertTrue(
        shown.contains("Reuben") && shown.contains("(differs)") && shown.contains("(agrees)"),
        shown);
    assertTrue(
        shown.contains("From " + source + ", batch second, its record Q-2,"),
        "the case names the source's own record: " + shown);
    assertAccessible("data quality");

    Browsers.submit(browser, By.xpath(caseXpath + "//input[@value='Make a new record']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("data-quality-messages"), "new record"));
    assertTrue(browser.findElements(By.xpath(caseXpath)).isEmpty(), "the case has left the queue");
    assertEquals(
        "created", outcome(feed, source, "second"), "the source's report gives the decision");

    // Later the team learns the two were one child after all: merge, then (wrongly merged) split.
    String reuben = childOf(feed, source, "first");
    String ezekiel = childOf(feed, source, "second");
    browser.findElement(By.id("merge:survivor")).sendKeys(reuben);
    browser.findElement(By.id("merge:duplicate")).sendKeys(ezekiel);
    browser
        .findElement(By.id("merge:merge-reason"))
        .sendKeys("The same boy, keyed under two names");
    Browsers.submit(browser, By.id("merge:merge-button"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("data-quality-messages"), "merged"));
    String row = "//tr[td[contains(., '" + ezekiel + "')]]";
    assertAccessible("data quality with a merge");
    browser.findElement(By.xpath(row + "//input[@type='text']")).sendKeys("They are twins");
    Browsers.submit(browser, By.xpath(row + "//input[@value='Split']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("data-quality-messages"), "was split"));
  }

  private static String word(Random random) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
  }

  private static String message() {
    return browser.findElement(By.id("data-quality-messages")).getText();
  }

  private static void type(String field, String text) {
    browser.findElement(By.id(field)).clear();
    browser.findElement(By.id(field)).sendKeys(text);
  }

  @Test
  void aManagerUndoesAWrongLinkThenTypesInAndCorrectsRecordsWithTheSameChecks()
      throws InterruptedException {
    Random random = new Random();
    String family = word(random);
    String hattie = word(random);
    String source = "DU-" + family.toUpperCase(Locale.ROOT);
    LocalDate born = LocalDate.now().minusYears(6).minusDays(random.nextInt(300));
    Api admin =
        Api.loggedIn(new Api().post("/test-support/accounts/admin", "{}").body().split("\n"));
    Api feed =
        new Api()
            .withBearer(
                admin
                    .post(
                        "/api/v1/admin/source-keys",
                        "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"E08000035\"}")
                    .json()
                    .getString("key"));
    feed.post(
        "/api/v1/feeds/" + source + "/batches",
        "{\"batchId\":\"first\",\"records\":["
            + record("U-1", hattie, family, born, "LS6 1AA")
            + "]}");
    assertEquals("created", outcome(feed, source, "first"));
    // Another child of the same name and birthday, elsewhere: matching will link her record to the
    // first.
    feed.post(
        "/api/v1/feeds/" + source + "/batches",
        "{\"batchId\":\"second\",\"records\":["
            + record("U-2", hattie, family, born, "LS17 5AB")
            + "]}");
    logIn(
        new Api().post("/test-support/accounts/data-quality-manager", "{}").body().split("\n"),
        Totp.stepAt(Instant.now()));
    browser.findElement(By.id("account-bar:data-quality-link")).click();
    String sourceRow = "//tr[td[normalize-space() = '" + source + "']]";
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.xpath(sourceRow)));
    Browsers.submit(browser, By.xpath(sourceRow + "//input[@value='Approve: go live']"));
    assertEquals("updated", outcome(feed, source, "second"), "linked to the first child");
    String first = childOf(feed, source, "first");

    browser.findElement(By.id("account-bar:data-quality-link")).click();
    String linkRow =
        "//table[@id='link-table']//tr[td[contains(., '"
            + first
            + "')] and td[contains(., 'U-2')]]";
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath(linkRow)));
    assertTrue(
        browser.findElement(By.xpath(linkRow)).getText().contains("address"),
        browser.findElement(By.xpath(linkRow)).getText());
    Browsers.submit(browser, By.xpath(linkRow + "//input[@value='Undo this link']"));
    assertTrue(
        message().contains("Why the link was wrong: Give the reason"),
        "the reason is required: " + message());
    browser
        .findElement(By.xpath(linkRow + "//input[@type='text']"))
        .sendKeys("Two girls of one name and birthday");
    Browsers.submit(browser, By.xpath(linkRow + "//input[@value='Undo this link']"));
    assertTrue(message().contains("The link was undone"), message());
    assertTrue(
        browser.findElement(By.xpath(linkRow)).getText().contains("Undone"), "the list says so");
    assertEquals(
        "review", outcome(feed, source, "second"), "the record waits for the right decision");
    String caseXpath = "//form[contains(@id, 'case') and .//td[contains(., '" + family + "')]]";
    assertTrue(
        browser.findElement(By.xpath(caseXpath)).getText().contains(hattie),
        "the case is in the queue again");

    // A record typed in: each error named beside its field and in the summary; then made.
    String iris = word(random);
    type("new-record:given", iris);
    type("new-record:family", family);
    type("new-record:dob", "31 2 2019");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("new-record:gender")))
        .selectByVisibleText("Female");
    type("new-record:line1", "2 Form Street");
    type("new-record:town", "Leeds");
    type("new-record:postcode", "LS6 XXX");
    Browsers.submit(browser, By.id("new-record:create"));
    assertTrue(
        browser
            .findElement(By.id("new-record:dob-error"))
            .getText()
            .contains("for example 27 3 2011"),
        message());
    type("new-record:dob", "3 4 2019");
    Browsers.submit(browser, By.id("new-record:create"));
    assertTrue(message().contains("Postcode:"), "the summary names the field: " + message());
    assertTrue(
        !browser.findElement(By.id("new-record:postcode-error")).getText().isBlank(),
        "and the message stands beside it");
    type("new-record:postcode", "LS6 2BB");
    Browsers.submit(browser, By.id("new-record:create"));
    assertTrue(message().contains("The record was created"), message());
    String irisId = message().replaceAll("(?s).*record id is ([0-9a-f-]{36}).*", "$1");
    assertAccessible("data quality with its forms");

    // The same child typed in twice resembles the first: it waits as a case, unless made anyway.
    type("new-record:given", iris);
    type("new-record:family", family);
    type("new-record:dob", "3 4 2019");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("new-record:gender")))
        .selectByVisibleText("Female");
    type("new-record:line1", "2 Form Street");
    type("new-record:postcode", "LS6 2BB");
    Browsers.submit(browser, By.id("new-record:create"));
    assertTrue(message().contains("resembles a child"), message());
    Browsers.submit(browser, By.id("new-record:create-anyway"));
    assertTrue(message().contains("created anyway"), message());

    // A correction that makes the first child resemble Iris is refused, naming her, until
    // confirmed.
    type("amend:child", first);
    type("amend:given", iris);
    type("amend:dob", "3 4 2019");
    Browsers.submit(browser, By.id("amend:amend-button"));
    assertTrue(message().contains(irisId), "names the look-alike: " + message());
    Browsers.submit(browser, By.id("amend:confirm"));
    assertTrue(message().contains("The record was corrected"), message());
  }

  private static String childOf(Api feed, String source, String batch) {
    return feed.get("/api/v1/feeds/" + source + "/batches/" + batch)
        .json()
        .getJsonArray("results")
        .getJsonObject(0)
        .getString("childId");
  }
}
