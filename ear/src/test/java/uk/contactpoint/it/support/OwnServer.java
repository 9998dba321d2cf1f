package uk.contactpoint.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A WildFly of a test's own beside the Arquillian one: the provisioned server's configuration
 * copied to a folder of its own (so the same database), an EAR in its deployments folder, ports
 * offset. Tests that kill a server or need a second node use it; {@link #stop()} kills it as {@code
 * kill -9} would.
 */
public final class OwnServer {

  private final Path base;
  private final int offset;
  private Process process;

  private OwnServer(Path base, int offset) {
    this.base = base;
    this.offset = offset;
  }

  /** A fresh server folder named {@code name} under the build directory, holding {@code ear}. */
  public static OwnServer prepare(String name, Path ear, int offset) throws IOException {
    Path home = Path.of(System.getProperty("cp.server.home"));
    Path base = Path.of(System.getProperty("cp.test.data.dir")).getParent().resolve(name);
    if (Files.exists(base)) {
      try (Stream<Path> old = Files.walk(base)) {
        old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    copyTree(home.resolve("standalone/configuration"), base.resolve("configuration"));
    // The Arquillian server may have a deployment of its own in the configuration it runs: drop it.
    Path config = base.resolve("configuration/standalone.xml");
    Files.writeString(
        config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        ear, base.resolve("deployments/contactpoint.ear"), StandardCopyOption.REPLACE_EXISTING);
    return new OwnServer(base, offset);
  }

  /** The EAR the build made. */
  public static Path builtEar() {
    return Path.of(System.getProperty("cp.ear"));
  }

  public String httpsBase() {
    return "https://localhost:" + (8443 + offset);
  }

  /**
   * Starts it (a demo-mode node: the Arquillian server's audit key) with these extra system
   * properties and waits until the application answers (240 s at most).
   */
  public OwnServer start(String... properties) throws InterruptedException, IOException {
    List<String> all =
        new ArrayList<>(
            List.of(
                // A node of the same installation as the Arquillian server, so with the same audit
                // key (the
                // demo's): a node without it would append unkeyed entries to chains sealed with the
                // key,
                // which the verifier rightly reports as rewritten (docs/security.md: every node,
                // one key).
                "-Dcp.demo=true"));
    all.addAll(List.of(properties));
    return launch(java.util.Map.of(), all);
  }

  /**
   * Starts it as a new installation would be: no demo mode, only the given properties, and, on
   * PostgreSQL, the empty database {@code databaseUrl} (H2 makes a fresh one in the server's own
   * folder).
   */
  public OwnServer startAsANewInstallation(String databaseUrl, String... properties)
      throws InterruptedException, IOException {
    return launch(
        databaseUrl == null ? java.util.Map.of() : java.util.Map.of("CP_DB_URL", databaseUrl),
        List.of(properties));
  }

  /** What the server has written to its console so far (its log, as an operator reads it). */
  public String console() throws IOException {
    return Files.readString(base.resolve("console.log"));
  }

  private OwnServer launch(java.util.Map<String, String> environment, List<String> properties)
      throws InterruptedException, IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                System.getProperty("cp.server.home") + "/bin/standalone.sh",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dcp.db.vendor=" + System.getProperty("cp.db.vendor"),
                "-Dcp.totp.key=dGVzdC1rZXktb2YtdGhlLWludGVncmF0aW9uLXRlc3Q=",
                "-Dcp.login.address.limit=100000"));
    command.addAll(properties);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
    builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
    builder.environment().putAll(environment);
    process = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Api.at(httpsBase()).get("/api/v1/reasons").status() == 401) {
          return this;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the test's own server stopped; see " + base.resolve("console.log"));
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(
        "the test's own server did not start in 240 s; see " + base.resolve("console.log"));
  }

  /** SIGKILL to the server and the script that started it, as {@code kill -9} would. */
  public void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor();
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!file.toString().contains("standalone_xml_history")) {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
