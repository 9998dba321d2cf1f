package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Browsers;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.InTheBrowser;
import uk.contactpoint.it.support.OwnServer;

/**
 * docs/go-live.md, walked in a browser on a server of the test's own started as a new installation:
 * no demo mode, an empty database, no SQL and no test-support endpoint. The first operator comes
 * from CP_BOOTSTRAP_ADMIN and its code from the server's log; a local authority, its service, its
 * first administrator, its schools, a practitioner and a source are set up on the screens; the
 * source feeds a child through the API as a source system does; the team approves it; the
 * practitioner finds the child and sees who works with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GoLiveIT extends InTheBrowser {

  private static final int OFFSET = 300;
  private static final String SECTION = "E06000014";
  private static final String SCHOOL_URN = "121644";

  private OwnServer server;
  private String base;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @AfterEach
  void stopTheServer() {
    if (server != null) {
      server.stop();
    }
  }

  /**
   * On PostgreSQL the empty database .ci/run makes beside the tests' own (docs/go-live.md, step 1).
   */
  private static String newInstallationsDatabase() {
    if (!"postgresql".equals(System.getProperty("cp.db.vendor"))) {
      return null;
    }
    String url = System.getenv("CP_GOLIVE_DB_URL");
    if (url == null) {
      String tests =
          System.getenv()
              .getOrDefault("CP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/contactpoint");
      url = tests.substring(0, tests.lastIndexOf('/') + 1) + "contactpoint_golive";
    }
    return url;
  }

  @Test
  void aLocalAuthorityGoesLiveFromAnEmptyDatabaseOnTheScreensAlone() throws Exception {
    server =
        OwnServer.prepare("go-live", OwnServer.builtEar(), OFFSET)
            .startAsANewInstallation(
                newInstallationsDatabase(),
                "-Dcp.bootstrap.admin=firstoperator",
                "-Dcp.audit.key=Z28tbGl2ZS10ZXN0LWF1ZGl0LWtleS0zMi1ieXRlcyE=");
    base = server.httpsBase();
    Matcher bootstrap =
        Pattern.compile("First operator account 'firstoperator' opened\\..* one-time code (\\S+)")
            .matcher(server.console());
    assertTrue(
        bootstrap.find(),
        "the first operator's code is in the server's log (on PostgreSQL the database must be empty:"
            + " make contactpoint_golive afresh before each run, as the README and .ci/run do)");

    // 2. The first operator activates and logs in.
    String[] operator = activate("firstoperator", bootstrap.group(1));
    logInHere(operator, 0);

    // 3. The local authority, its own service, its first administrator.
    browser.findElement(By.id("account-bar:sections-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("section:code")))
        .sendKeys(SECTION);
    browser.findElement(By.id("section:name")).sendKeys("City of York Council");
    Browsers.submit(browser, By.id("section:register"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("section-table"), SECTION));

    registerAndAccredit("Local authority service", "York Children's Services", SECTION, 10);
    String adminCode =
        openAccount(
            "yorkadmin",
            "Yasmin Admin",
            "Systems officer",
            "York Children's Services",
            "LA_MANAGER",
            "USER_ADMINISTRATION",
            "DATA_QUALITY");
    logOut();

    // 4. and 5. The authority's administrator imports its schools, accredits one and opens a
    // practitioner's account.
    String[] yorkAdmin = activate("yorkadmin", adminCode);
    logInHere(yorkAdmin, 0);
    browser.findElement(By.id("account-bar:organisations-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-link")))
        .click();
    Path gias = Files.createTempFile("edubasealldata", ".csv");
    Files.writeString(
        gias,
        "URN,EstablishmentName,EstablishmentStatus (name),CloseDate,Town,TelephoneNum,GSSLACode (name)\n"
            + SCHOOL_URN
            + ",Clifton Green Primary School,Open,,York,01904 552200,"
            + SECTION
            + "\n"
            + "121645,Elsewhere Primary,Open,,Leeds,,E08000035\n");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")))
        .sendKeys(gias.toAbsolutePath().toString());
    Browsers.submit(browser, By.id("import:read"));
    Browsers.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
    assertEquals(
        "1",
        browser.findElement(By.id("added")).getText(),
        "only the authority's own school: " + browser.findElement(By.id("report")).getText());
    browser.findElement(By.id("account-bar:organisations-link")).click();
    accredit("Clifton Green Primary School", 5);
    register("Health service", "York Sexual Health Clinic", "Sexual health service");
    String nurseCode =
        openAccount(
            "yorknurse",
            "Nadia Nurse",
            "School nurse",
            "Clifton Green Primary School",
            "PRACTITIONER");

    // 6. A source: registered to the authority, keyed, trialled, approved.
    browser.findElement(By.id("account-bar:sources-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("source:sourceCode")))
        .sendKeys("EDU-YORK");
    Browsers.submit(browser, By.id("source:issue"));
    String key =
        Browsers.waitFor(browser)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("issued-key")))
            .getText()
            .strip();
    Api source = Api.at(base).withBearer(key);
    LocalDate born = LocalDate.now().minusYears(9).minusDays(40);
    String child =
        "{\"recordId\":\"Y-1\",\"localAuthority\":\""
            + SECTION
            + "\",\"name\":{\"given\":\"Poppy\",\"family\":\"Goliveson\"},"
            + "\"dateOfBirth\":\""
            + born
            + "\",\"gender\":\"FEMALE\",\"address\":{\"lines\":[\"2 Water End\"],\"town\":\"York\","
            + "\"postcode\":\"YO30 6LP\",\"status\":\"CURRENT\"},\"school\":{\"urn\":\""
            + SCHOOL_URN
            + "\",\"name\":\"Clifton Green Primary School\"},"
            + "\"involvements\":[{\"involvementId\":\"I-1\",\"organisation\":\"York Youth Service\",\"practitioner\":\"Sam Youthworker\","
            + "\"jobTitle\":\"Youth worker\",\"role\":\"Youth worker\",\"startDate\":\""
            + LocalDate.now().minusMonths(2)
            + "\"},"
            + "{\"involvementId\":\"I-2\",\"organisation\":\"York Sexual Health Clinic\",\"role\":\"Nurse\",\"startDate\":\""
            + LocalDate.now().minusMonths(1)
            + "\",\"sensitive\":true,\"consent\":{\"basis\":\"YOUNG_PERSON\",\"note\":\"Poppy asked for it\"}}%s]}";
    Api.Answer sent =
        source.post(
            "/api/v1/feeds/EDU-YORK/batches",
            "{\"batchId\":\"first\",\"records\":[" + String.format(child, "") + "]}");
    assertEquals(202, sent.status(), sent.body());
    assertEquals("created", outcomeWhenDone(source, "first"), "the trial says what would happen");
    browser.findElement(By.id("account-bar:data-quality-link")).click();
    String sourceRow = "//tr[td[normalize-space() = 'EDU-YORK']]";
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.xpath(sourceRow)));
    Browsers.submit(browser, By.xpath(sourceRow + "//input[@value='Approve: go live']"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("data-quality-messages"), "is live"));
    logOut();

    // 7. The practitioner finds the child and sees who else works with her.
    String[] nurse = activate("yorknurse", nurseCode);
    logInHere(nurse, 0);
    for (int attempt = 0; attempt < 30; attempt++) {
      browser.get(base + "/");
      browser.findElement(By.id("search:name")).sendKeys("Poppy Goliveson");
      browser.findElement(By.id("search:day")).sendKeys(String.valueOf(born.getDayOfMonth()));
      browser.findElement(By.id("search:month")).sendKeys(String.valueOf(born.getMonthValue()));
      browser.findElement(By.id("search:year")).sendKeys(String.valueOf(born.getYear()));
      Browsers.submit(browser, By.id("search:submit"));
      Browsers.waitFor(browser)
          .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
      if (!browser
          .findElements(By.xpath("//*[@id='result-table']//a[normalize-space()='Poppy Goliveson']"))
          .isEmpty()) {
        break;
      }
      Thread.sleep(1_000); // the approved trial is applied on the server's executor
    }
    browser
        .findElement(By.xpath("//*[@id='result-table']//a[normalize-space()='Poppy Goliveson']"))
        .click();
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[value='COORDINATE_SUPPORT']")))
        .click();
    Browsers.submit(browser, By.id("reason:open"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("involvements")));
    String involved = browser.findElement(By.id("involvements")).getText();
    assertTrue(
        involved.contains("Sam Youthworker") && involved.contains("York Youth Service"), involved);
    assertTrue(
        !browser.getPageSource().contains("Sexual Health"),
        "the clinic the register marks sensitive is never named to her");
    assertTrue(
        browser
            .findElement(By.cssSelector("[id$='sensitive']"))
            .getText()
            .contains("sensitive services are involved"));
    assertAccessible("the first record opened in a new installation");

    // She adds herself; the source's next record adds a service: she is told on her home page, as
    // for a practitioner's own act.
    browser.findElement(By.id("record:role")).sendKeys("School nurse");
    Browsers.submit(browser, By.id("record:add"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("involvements"), "Nadia Nurse"));
    String support =
        ",{\"involvementId\":\"I-3\",\"organisation\":\"York Family Support\",\"role\":\"Family support worker\","
            + "\"startDate\":\""
            + LocalDate.now().minusDays(1)
            + "\"}";
    assertEquals(
        202,
        source
            .post(
                "/api/v1/feeds/EDU-YORK/batches",
                "{\"batchId\":\"second\",\"records\":[" + String.format(child, support) + "]}")
            .status());
    assertEquals("updated", outcomeWhenDone(source, "second"));
    browser.get(base + "/");
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("changes"), "York Family Support"));
    assertTrue(
        !server.console().contains("Goliveson"), "no child's name in the new installation's log");
  }

  /**
   * Activates an account with its one-time code on the activation page; answers username, password,
   * PIN and token secret.
   */
  private String[] activate(String username, String code) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/activate.xhtml");
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("activation:username")))
        .sendKeys(username);
    browser.findElement(By.id("activation:activationCode")).sendKeys(code);
    String password = "a long password for " + username;
    browser.findElement(By.id("activation:password")).sendKeys(password);
    browser.findElement(By.id("activation:pin")).sendKeys("86420");
    Browsers.submit(browser, By.id("activation:choose"));
    String secret =
        Browsers.waitFor(browser)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("secret")))
            .getText()
            .strip();
    browser
        .findElement(By.id("activation:code"))
        .sendKeys(Totp.codeAt(Base32.decode(secret), Totp.stepAt(Instant.now())));
    Browsers.submit(browser, By.id("activation:confirm"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("activated")));
    return new String[] {username, password, "86420", secret};
  }

  /**
   * Logs in on this server's login page, with a code one step after the activation's (a code is
   * used once).
   */
  private void logInHere(String[] account, int later) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/login.xhtml");
    Browsers.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("login:submit")));
    browser.findElement(By.id("login:username")).sendKeys(account[0]);
    browser.findElement(By.id("login:password")).sendKeys(account[1]);
    browser.findElement(By.id("login:pin")).sendKeys(account[2]);
    browser
        .findElement(By.id("login:code"))
        .sendKeys(Totp.codeAt(Base32.decode(account[3]), Totp.stepAt(Instant.now()) + 1 + later));
    Browsers.submit(browser, By.id("login:submit"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
  }

  private void logOut() {
    browser.findElement(By.id("account-bar:logout")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
  }

  private void registerAndAccredit(String kind, String name, String sectionCode, int limit) {
    browser.findElement(By.id("account-bar:organisations-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("organisation:save")));
    new Select(browser.findElement(By.id("organisation:kind"))).selectByVisibleText(kind);
    browser.findElement(By.id("organisation:name")).sendKeys(name);
    browser.findElement(By.id("organisation:sectionCode")).sendKeys(sectionCode);
    Browsers.submit(browser, By.id("organisation:save"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-table"), name));
    accredit(name, limit);
  }

  /**
   * Registers an organisation of the administrator's own section, marking a sensitive service as
   * one.
   */
  private void register(String kind, String name, String sensitive) {
    browser.findElement(By.id("account-bar:organisations-link")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("organisation:save")));
    new Select(browser.findElement(By.id("organisation:kind"))).selectByVisibleText(kind);
    browser.findElement(By.id("organisation:name")).sendKeys(name);
    new Select(browser.findElement(By.id("organisation:sensitiveCategory")))
        .selectByVisibleText(sensitive);
    Browsers.submit(browser, By.id("organisation:save"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-table"), name));
  }

  private void accredit(String name, int limit) {
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//input[@aria-label=\"Change " + name + "\"]")));
    Browsers.submit(browser, By.xpath("//input[@aria-label=\"Change " + name + "\"]"));
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("organisation:accountLimit")))
        .sendKeys(String.valueOf(limit));
    Browsers.submit(browser, By.id("organisation:accredit"));
    Browsers.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("organisation-table"), "0 of " + limit));
  }

  /** Opens an account on User administration; answers the activation code the screen shows once. */
  private String openAccount(
      String username,
      String fullName,
      String jobTitle,
      String organisation,
      String role,
      String... duties) {
    browser.findElement(By.linkText("User administration")).click();
    Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("open:username")))
        .sendKeys(username);
    browser.findElement(By.id("open:fullName")).sendKeys(fullName);
    browser.findElement(By.id("open:jobTitle")).sendKeys(jobTitle);
    Select organisations = new Select(browser.findElement(By.id("open:organisation")));
    organisations.getOptions().stream()
        .filter(option -> option.getText().startsWith(organisation))
        .findFirst()
        .orElseThrow()
        .click();
    if (!browser.findElements(By.id("open:section")).isEmpty()
        && browser.findElement(By.id("open:section")).isEnabled()) {
      browser.findElement(By.id("open:section")).clear();
      browser.findElement(By.id("open:section")).sendKeys(SECTION);
    }
    browser.findElement(By.id("open:email")).sendKeys(username + "@york.example");
    new Select(browser.findElement(By.id("open:role"))).selectByValue(role);
    for (String duty : duties) {
      browser
          .findElement(By.xpath("//input[@name='open:duties' and @value='" + duty + "']"))
          .click();
    }
    LocalDate cleared = LocalDate.now().minusMonths(1);
    Browsers.typeDate(browser, "open:vetted", cleared);
    Browsers.typeDate(browser, "open:trained", cleared);
    Browsers.typeDate(browser, "open:agreement", cleared);
    Browsers.submit(browser, By.id("open:submit"));
    return Browsers.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("activation-code")))
        .getText()
        .strip();
  }

  /**
   * The outcome of the batch's one record, once the batch is done (a trial is done when matched).
   */
  private static String outcomeWhenDone(Api source, String batchId) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      JsonObject report = source.get("/api/v1/feeds/EDU-YORK/batches/" + batchId).json();
      if ("done".equals(report.getString("status"))) {
        return report.getJsonArray("results").getJsonObject(0).getString("outcome");
      }
      Thread.sleep(500);
    }
    throw new AssertionError("batch " + batchId + " not done in 60 s");
  }
}
