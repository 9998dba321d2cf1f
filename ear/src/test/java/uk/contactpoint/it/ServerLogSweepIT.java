package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Personal data never reaches the server log (DESIGN.md rule 4's "log ids, not people"). Run by its
 * own Failsafe execution after every other integration test, it reads the logs of the servers the
 * suite ran (the shared test server and the crash test's own) and fails on any value the tests put
 * into children's, families' and practitioners' records: their street, phones, towns, postcodes,
 * e-mail addresses, organisation names, free texts and sentinel names.
 */
class ServerLogSweepIT {

  /**
   * Values only the tests' records hold; each is written by the builders or the tests themselves.
   */
  static final List<String> SENTINELS =
      List.of(
          "Test Street", // every test child's address (TestRecords.create)
          "07700 9", // the tests' carer and family phones
          "0113 496", // practitioners' work phones typed by the tests
          "@example.org", // test practitioners' e-mail addresses
          "Test organisation", // test organisations' names
          "Sentinel", // the leak sweeps' towns, workers and reasons
          "Sweep", // the leak sweeps' family names
          "Otley",
          "Wetherby",
          "WF3 4GH",
          "LS21 ",
          "LS27 7A",
          "Please put me in touch", // a contact request's message
          "Asked by the school nurse", // a reason's free text
          "Refuge"); // a shield's reason

  @Test
  void noServerLogHoldsAValueOfTheTestsRecords() throws IOException {
    List<Path> logs = new ArrayList<>();
    Path server = Path.of(System.getProperty("cp.server.home"), "standalone", "log", "server.log");
    assertTrue(
        Files.isRegularFile(server), "the test server's log is where the suite ran it: " + server);
    logs.add(server);
    // FeedCrashIT's own server lives beside the test server's data (OwnServer.prepare).
    Path crash =
        Path.of(System.getProperty("cp.test.data.dir"))
            .getParent()
            .resolve("crash-server")
            .resolve("log")
            .resolve("server.log");
    if (Files.isRegularFile(crash)) {
      logs.add(crash);
    }
    List<String> found = new ArrayList<>();
    for (Path log : logs) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
        lines.forEach(
            line ->
                SENTINELS.stream()
                    .filter(line::contains)
                    .forEach(
                        sentinel ->
                            found.add(
                                log.getFileName()
                                    + ": "
                                    + sentinel
                                    + " in: "
                                    + line.substring(0, Math.min(line.length(), 300)))));
      }
    }
    assertEquals(
        List.of(),
        found.stream().limit(20).toList(),
        found.size() + " log lines hold a test's personal value");
  }
}
