package uk.contactpoint.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (installed from the npm registry by the build into ear/target/axe) on the page the
 * browser shows, and returns its serious and critical WCAG violations, one line each.
 */
public final class Accessibility {

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
        .then(result => done(result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))
          .join('\\n')))
        .catch(error => done('axe failed: ' + error));
      """;

  private Accessibility() {}

  public static String seriousViolations(WebDriver browser) {
    Path script =
        Path.of(System.getProperty("cp.axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
    try {
      JavascriptExecutor js = (JavascriptExecutor) browser;
      js.executeScript(Files.readString(script));
      // axe on a long form usually takes a second or two; on a busy two-core machine it once took
      // more than 30 s, and a timeout says nothing about the page.
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      return String.valueOf(js.executeAsyncScript(RUN));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "axe-core is missing: the build installs it with npm into ear/target/axe", e);
    }
  }
}
