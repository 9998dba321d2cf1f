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
 * A subject access request (issue 8, item 2): the manager records it, due a month on, and gets
 * everything held — the record, involvements, who looked and why — as JSON and as a PDF that is
 * opened here and read; with a shield, its details are withheld unless the team decides otherwise.
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
    assertEquals(200, manager.post("/api/v1/children/" + child + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}").status());

    LocalDate received = LocalDate.now().minusDays(3);
    Api.Answer opened = manager.post("/api/v1/manage/subject-access-requests",
        "{\"childId\":\"" + child + "\",\"requester\":\"The young person herself\",\"receivedOn\":\"" + received + "\"}");
    assertEquals(201, opened.status(), opened.body());
    assertEquals(received.plusMonths(1).toString(), opened.json().getString("dueOn"));
    long id = opened.json().getJsonNumber("id").longValue();

    JsonObject answer = manager.get("/api/v1/manage/subject-access-requests/" + id + "/answer").json();
    String json = answer.toString();
    assertTrue(json.contains("1 Test Street") && json.contains("Who has looked at the record") && json.contains("management team"), json);
    String name = answer.getJsonArray("sections").getJsonObject(0).getJsonArray("lines").getJsonObject(0).getString("value");

    byte[] pdf = manager.getBytes("/api/v1/manage/subject-access-requests/" + id + "/answer.pdf", "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains(name) && text.contains("1 Test Street") && text.contains("SAR-" + id) && text.contains("Who has looked"),
          text);
    }
    assertTrue(manager.get("/api/v1/manage/subject-access-requests").body().contains("\"answeredOn\":\"" + LocalDate.now() + "\""));

    Api practitioner = Api.loggedIn(account("practitioner"));
    assertEquals(403, practitioner.get("/api/v1/manage/subject-access-requests").status());
    assertEquals(404, Api.loggedIn(account("outside-manager")).get("/api/v1/manage/subject-access-requests/" + id + "/answer").status(),
        "another section's team never reaches it");

    // Shielded: the requester may be the person the shield protects against.
    assertEquals(201, manager.post("/api/v1/manage/children/" + child + "/shield", "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}").status());
    long second = manager.post("/api/v1/manage/subject-access-requests",
        "{\"childId\":\"" + child + "\",\"requester\":\"Her father\",\"receivedOn\":\"" + LocalDate.now() + "\"}").json()
        .getJsonNumber("id").longValue();
    String withheld = manager.get("/api/v1/manage/subject-access-requests/" + second + "/answer").body();
    assertTrue(withheld.contains("withheld") && !withheld.contains("1 Test Street"), withheld);
    assertEquals(422, manager.post("/api/v1/manage/subject-access-requests", "{\"childId\":\"" + child
        + "\",\"requester\":\"Her\",\"receivedOn\":\"" + LocalDate.now() + "\",\"includeShielded\":true}").status(), "a decision needs its reason");
    long decided = manager.post("/api/v1/manage/subject-access-requests", "{\"childId\":\"" + child + "\",\"requester\":\"The young person\","
        + "\"receivedOn\":\"" + LocalDate.now() + "\",\"includeShielded\":true,\"decisionNote\":\"She is the person the shield protects\"}")
        .json().getJsonNumber("id").longValue();
    assertTrue(manager.get("/api/v1/manage/subject-access-requests/" + decided + "/answer").body().contains("1 Test Street"));
  }

  @Test
  void onTheScreenAManagerRecordsARequestAndFindsTheAnswerInTheRegister() {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    logIn(account("shielding-manager"), uk.contactpoint.accounts.control.Totp.stepAt(java.time.Instant.now()));
    browser.findElement(By.id("account-bar:subject-access-link")).click();
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("request:child")));
    browser.findElement(By.id("request:child")).sendKeys(child);
    browser.findElement(By.id("request:requester")).sendKeys("Her mother, by letter");
    Browsers.submit(browser, By.id("request:record"));
    Browsers.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("subject-access-messages"), "recorded"));
    String register = browser.findElement(By.id("register-table")).getText();
    assertTrue(register.contains("Her mother, by letter") && register.contains(LocalDate.now().plusMonths(1).toString()), register);
    assertFalse(browser.findElements(By.partialLinkText("Download the answer")).isEmpty());
    assertAccessible("subject access");
  }
}
