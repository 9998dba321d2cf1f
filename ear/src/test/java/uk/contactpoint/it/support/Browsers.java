package uk.contactpoint.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, started as CI runs it (root, no network): the
 * binaries are named explicitly so that Selenium never tries to download a driver.
 */
public final class Browsers {

  private Browsers() {}

  /**
   * Clicks a button that posts the page and waits until the browser shows the answer, so that what
   * is read next is never an element of the page that was just left behind.
   */
  public static void submit(WebDriver browser, org.openqa.selenium.By button) {
    org.openqa.selenium.WebElement page = null;
    // Chromium sometimes reports a node of a page still settling as "not in the document":
    // find the page and the button again and retry the click, a few times at most.
    for (int attempt = 1; page == null; attempt++) {
      try {
        org.openqa.selenium.WebElement current =
            browser.findElement(org.openqa.selenium.By.tagName("html"));
        browser.findElement(button).click();
        page = current;
      } catch (org.openqa.selenium.WebDriverException settling) {
        if (attempt == 3) {
          throw settling;
        }
        pause();
      }
    }
    org.openqa.selenium.WebElement left = page;
    // Gone once the old page's root can no longer be read; Chromium says so either as a stale
    // element or as a node "not in the document".
    waitFor(browser)
        .until(
            driver -> {
              try {
                left.getTagName();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
              }
            });
  }

  /**
   * A wait that polls through Chromium's transient errors while a page is being replaced; it still
   * fails, with a timeout, when the condition never holds.
   */
  public static org.openqa.selenium.support.ui.WebDriverWait waitFor(WebDriver browser) {
    org.openqa.selenium.support.ui.WebDriverWait wait =
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  /** A date as every screen writes it: "5 August 2026". */
  public static String day(java.time.LocalDate date) {
    return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
        .format(date);
  }

  /**
   * Types a date into a GOV.UK date input (three boxes: day, month, year) whose id is {@code id}.
   */
  public static void typeDate(WebDriver browser, String id, java.time.LocalDate date) {
    browser
        .findElement(org.openqa.selenium.By.id(id + ":day"))
        .sendKeys(String.valueOf(date.getDayOfMonth()));
    browser
        .findElement(org.openqa.selenium.By.id(id + ":month"))
        .sendKeys(String.valueOf(date.getMonthValue()));
    browser
        .findElement(org.openqa.selenium.By.id(id + ":year"))
        .sendKeys(String.valueOf(date.getYear()));
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static WebDriver headlessChromium() {
    if (!Files.isExecutable(Path.of("/usr/bin/chromium"))
        || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    // The console's messages, read by contentSecurityViolations: a page breaking its own policy.
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    try {
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--ignore-certificate-errors",
          "--window-size=1280,1600",
          "--user-data-dir=" + Files.createTempDirectory("cp-chromium"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * The browser's console messages since the last call that report a script, style, image or frame
   * refused by the page's Content-Security-Policy, one line each; empty when there is none.
   */
  public static String contentSecurityViolations(WebDriver browser) {
    return browser
        .manage()
        .logs()
        .get(org.openqa.selenium.logging.LogType.BROWSER)
        .getAll()
        .stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(
            message ->
                message.contains("Content Security Policy")
                    || message.contains("Content-Security-Policy"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
