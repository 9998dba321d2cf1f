package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
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
 * Training mode: every page carries the banner and every API answer the header, and no source
 * system's feed gets in. The test switches the server's setting on for itself (it is read at each
 * call) and off again afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingModeIT extends InTheBrowser {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static void training(boolean on) {
    new Api().postText("/test-support/accounts/training-mode", "text/plain", String.valueOf(on));
  }

  @AfterEach
  void backToNormal() {
    training(false);
  }

  @Test
  void everyPageAndAnswerSaysTrainingAndNoFeedGetsIn() {
    Api support = new Api();
    String[] manager =
        support.post("/test-support/accounts/shielding-manager", "{}").body().split("\n");
    Api admin = Api.loggedIn(support.post("/test-support/accounts/admin", "{}").body().split("\n"));
    String source = "TRAIN-" + System.nanoTime() % 1_000_000;
    Api feed =
        new Api()
            .withBearer(
                admin
                    .post("/api/v1/admin/source-keys", "{\"sourceCode\":\"" + source + "\"}")
                    .json()
                    .getString("key"));
    String batch = "{\"batchId\":\"b1\",\"records\":[{\"recordId\":\"r1\"}]}";

    training(true);
    Api.Answer home = admin.get("/api/v1/admin/accounts");
    assertEquals(
        "training",
        home.headers().firstValue("ContactPoint-Mode").orElse(null),
        "an API answer says training");
    Api.Answer refused = feed.post("/api/v1/feeds/" + source + "/batches", batch);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("training mode"), refused.body());

    browser.manage().deleteAllCookies();
    browser.get(Api.BASE + "/login.xhtml");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("training-banner")));
    assertTrue(browser.getTitle().startsWith("TRAINING"), browser.getTitle());
    logIn(manager, Totp.stepAt(Instant.now()));
    for (String page : new String[] {"/", "/dashboard.xhtml", "/subjectaccess.xhtml"}) {
      browser.get(Api.BASE + page);
      Browsers.waitFor(browser)
          .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
      assertTrue(browser.findElement(By.id("training-banner")).getText().contains("made up"), page);
    }
    assertAccessible("home in training mode");

    training(false);
    assertNull(
        admin.get("/api/v1/admin/accounts").headers().firstValue("ContactPoint-Mode").orElse(null));
    browser.get(Api.BASE + "/");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    assertTrue(
        browser.findElements(By.id("training-banner")).isEmpty(), "a real service shows no banner");
    assertTrue(
        feed.post("/api/v1/feeds/" + source + "/batches", batch).status() != 409,
        "feeds come in again");
  }
}
