package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.OwnServer;

/**
 * The lifecycle job runs on every node and applies once (rule 8, and DESIGN.md section 3: timers):
 * two WildFly servers on one PostgreSQL database — the Arquillian one and one of the test's own
 * (ports +200) — start the same run at the same instant; one takes the lock row, the other skips,
 * and the child who turned 18 is archived once. PostgreSQL only: the embedded H2 file belongs to
 * one server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoNodeJobLockIT {

  private static final int OFFSET = 200;
  private OwnServer second;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @AfterEach
  void stopTheSecondNode() {
    if (second != null) {
      second.stop();
    }
  }

  @Test
  void twoServersOnOneDatabaseStartTheLifecycleJobTogetherAndItRunsOnce() throws Exception {
    Path ear = Path.of(System.getProperty("cp.test.data.dir")).getParent().resolve("two-node.ear");
    Deployments.withTestSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
    second = OwnServer.prepare("second-node", ear, OFFSET).start();
    Api first = new Api();
    Api other = Api.at(second.httpsBase());

    for (int round = 0; round < 3; round++) {
      String section = "E07" + (100000 + new Random().nextInt(899999));
      first.postText("/test-support/accounts/adult", "text/plain", section);
      first.post("/test-support/accounts/lifecycle-lock-free", "{}");
      String at = section + "\n" + System.currentTimeMillis();
      CompletableFuture<String> one =
          CompletableFuture.supplyAsync(
              () ->
                  first.postText("/test-support/accounts/lifecycle-run", "text/plain", at).body());
      CompletableFuture<String> two =
          CompletableFuture.supplyAsync(
              () ->
                  other.postText("/test-support/accounts/lifecycle-run", "text/plain", at).body());
      List<String> runs = List.of(one.get().strip(), two.get().strip());
      assertEquals(
          1,
          runs.stream().filter(run -> run.startsWith("ran")).count(),
          "one node ran, one skipped: " + runs);
      assertEquals(
          1,
          runs.stream().mapToInt(run -> Integer.parseInt(run.split(" ")[1])).sum(),
          "the adult archived once: " + runs);
    }
  }
}
