package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;

/**
 * A subject access request (rule 11): the manager records it, due a month on, and gets everything
 * held — the record, involvements, who looked and why — as JSON and as a PDF that is opened here
 * and read; with a shield, its details are withheld unless the team decides otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectAccessIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static String[] account(String kind) {
    return new Api().post("/test-support/accounts/" + kind, "{}").body().split("\n");
  }

  @Test
  void aManagerAnswersWithEverythingHeldAsJsonAndAsAReadablePdf() throws Exception {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    Api manager = Api.loggedIn(account("shielding-manager"));
    assertEquals(
        200,
        manager
            .post("/api/v1/children/" + child + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}")
            .status());

    LocalDate received = LocalDate.now().minusDays(3);
    Api.Answer opened =
        manager.post(
            "/api/v1/manage/subject-access-requests",
            "{\"childId\":\""
                + child
                + "\",\"requester\":\"The young person herself\",\"receivedOn\":\""
                + received
                + "\"}");
    assertEquals(201, opened.status(), opened.body());
    assertEquals(received.plusMonths(1).toString(), opened.json().getString("dueOn"));
    long id = opened.json().getJsonNumber("id").longValue();

    assertEquals(
        405,
        manager.get("/api/v1/manage/subject-access-requests/" + id + "/answer").status(),
        "a GET changes nothing");
    assertFalse(
        manager.get("/api/v1/manage/subject-access-requests").jsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(r -> r.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow()
            .containsKey("answeredOn"),
        "not marked answered by a GET");
    JsonObject answer =
        manager.post("/api/v1/manage/subject-access-requests/" + id + "/answer", "{}").json();
    String json = answer.toString();
    assertTrue(
        json.contains("1 Test Street")
            && json.contains("Who has looked at the record")
            && json.contains("management team"),
        json);
    String name =
        answer
            .getJsonArray("sections")
            .getJsonObject(0)
            .getJsonArray("lines")
            .getJsonObject(0)
            .getString("value");

    byte[] pdf =
        manager.postForBytes(
            "/api/v1/manage/subject-access-requests/" + id + "/answer.pdf", "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(
          text.contains(name)
              && text.contains("1 Test Street")
              && text.contains("SAR-" + id)
              && text.contains("Who has looked"),
          text);
    }
    assertTrue(
        manager
            .get("/api/v1/manage/subject-access-requests")
            .body()
            .contains("\"answeredOn\":\"" + LocalDate.now() + "\""));

    Api practitioner = Api.loggedIn(account("practitioner"));
    assertEquals(403, practitioner.get("/api/v1/manage/subject-access-requests").status());
    assertEquals(
        404,
        Api.loggedIn(account("outside-manager"))
            .post("/api/v1/manage/subject-access-requests/" + id + "/answer", "{}")
            .status(),
        "another section's team never reaches it");

    // Shielded: the requester may be the person the shield protects against.
    assertEquals(
        201,
        manager
            .post(
                "/api/v1/manage/children/" + child + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());
    long second =
        manager
            .post(
                "/api/v1/manage/subject-access-requests",
                "{\"childId\":\""
                    + child
                    + "\",\"requester\":\"Her father\",\"receivedOn\":\""
                    + LocalDate.now()
                    + "\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    String withheld =
        manager.post("/api/v1/manage/subject-access-requests/" + second + "/answer", "{}").body();
    assertTrue(withheld.contains("withheld") && !withheld.contains("1 Test Street"), withheld);
    assertEquals(
        422,
        manager
            .post(
                "/api/v1/manage/subject-access-requests",
                "{\"childId\":\""
                    + child
                    + "\",\"requester\":\"Her\",\"receivedOn\":\""
                    + LocalDate.now()
                    + "\",\"includeShielded\":true}")
            .status(),
        "a decision needs its reason");
    long decided =
        manager
            .post(
                "/api/v1/manage/subject-access-requests",
                "{\"childId\":\""
                    + child
                    + "\",\"requester\":\"The young person\","
                    + "\"receivedOn\":\""
                    + LocalDate.now()
                    + "\",\"includeShielded\":true,\"decisionNote\":\"She is the person the shield protects\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertTrue(
        manager
            .post("/api/v1/manage/subject-access-requests/" + decided + "/answer", "{}")
            .body()
            .contains("1 Test Street"));
  }

  /**
   * A parent asks what is held about herself: every entry of the section's records naming her (same
   * name and phone), not a namesake elsewhere; the child of a shielded record is withheld.
   */
  @Test
  void aRequestAboutAParentListsEveryRecordNamingHerAndNoNamesake() {
    Api support = new Api();
    String first = support.post("/test-support/accounts/child", "{}").body().strip();
    String second = support.post("/test-support/accounts/child", "{}").body().strip();
    String namesakes =
        support
            .postText("/test-support/accounts/child-at", "text/plain", "LS6 2AB\nLeeds")
            .body()
            .strip();
    String mother = "Dana Parentis" + new java.util.Random().nextInt(1_000_000);
    support.postText(
        "/test-support/accounts/carer",
        "text/plain",
        first + "\n" + mother + "\nMOTHER\n07700 900201");
    support.postText(
        "/test-support/accounts/carer",
        "text/plain",
        second + "\n" + mother + "\nMOTHER\n07700900201");
    support.postText(
        "/test-support/accounts/carer",
        "text/plain",
        namesakes + "\n" + mother.toLowerCase() + "\nMOTHER\n07700 900999");

    Api manager = Api.loggedIn(account("shielding-manager"));
    String firstName = recordName(manager, first);
    String secondName = recordName(manager, second);
    String namesakeName = recordName(manager, namesakes);
    assertEquals(
        201,
        manager
            .post(
                "/api/v1/manage/children/" + second + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
            .status());

    Api.Answer unknown =
        manager.post(
            "/api/v1/manage/subject-access-requests",
            "{\"childId\":\""
                + first
                + "\",\"carerName\":\"Someone Else\",\"requester\":\"Herself\",\"receivedOn\":\""
                + LocalDate.now()
                + "\"}");
    assertEquals(422, unknown.status());
    assertTrue(unknown.body().contains("carerName"), unknown.body());

    Api.Answer opened =
        manager.post(
            "/api/v1/manage/subject-access-requests",
            "{\"childId\":\""
                + first
                + "\",\"carerName\":\""
                + mother.toUpperCase()
                + "\",\"requester\":\"Herself, by e-mail\",\"receivedOn\":\""
                + LocalDate.now()
                + "\"}");
    assertEquals(201, opened.status(), opened.body());
    assertTrue(opened.json().getString("about").contains(mother), opened.body());
    long id = opened.json().getJsonNumber("id").longValue();

    JsonObject answer =
        manager.post("/api/v1/manage/subject-access-requests/" + id + "/answer", "{}").json();
    String json = answer.toString();
    assertEquals(2, answer.getJsonArray("sections").size(), json);
    assertTrue(
        json.contains(firstName) && json.contains("07700 900201") && json.contains("Mother of"),
        json);
    assertFalse(
        json.contains(namesakeName) || json.contains("900999"),
        "a namesake with another phone and postcode is someone else: " + json);
    assertFalse(
        json.contains(secondName),
        "the shielded child is not named to a requester the shield may protect against: " + json);
    assertTrue(answer.getBoolean("somethingWithheld"), json);

    byte[] pdf =
        manager.postForBytes(
            "/api/v1/manage/subject-access-requests/" + id + "/answer.pdf", "application/pdf");
    assertTrue(
        pdf.length > 1000
            && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
  }

  private static String recordName(Api manager, String childId) {
    Api.Answer opened =
        manager.post(
            "/api/v1/children/" + childId + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}");
    assertEquals(200, opened.status(), childId + ": " + opened.body());
    JsonObject record = opened.json();
    return record.getJsonObject("name").getString("given")
        + " "
        + record.getJsonObject("name").getString("family");
  }

  @Test
  void onTheScreenAManagerRecordsARequestAndFindsTheAnswerInTheRegister() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    logIn(
        account("shielding-manager"),
        uk.contactpoint.accounts.control.Totp.stepAt(java.time.Instant.now()));
    // From the record, as a manager would: its team's link carries the record id to the form.
    browser.get(Api.BASE + "/record.xhtml?child=" + child);
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='COORDINATE_SUPPORT']")))
        .click();
    Browsers.submit(browser, By.id("reason:open"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id$='subject-access-for-record']")))
        .click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("request:child")));
    assertEquals(child, browser.findElement(By.id("request:child")).getAttribute("value"));
    browser.findElement(By.id("request:requester")).sendKeys("Her mother, by letter");
    Browsers.submit(browser, By.id("request:record"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("subject-access-messages"), "recorded"));
    String register = browser.findElement(By.id("register-table")).getText();
    assertTrue(
        register.contains("Her mother, by letter")
            && register.contains(Browsers.day(LocalDate.now().plusMonths(1))),
        register);
    assertFalse(
        browser.findElements(By.cssSelector("#register-table button.cp-download")).isEmpty(),
        "a button posts for the answer");
    assertAccessible("subject access");
  }
}
