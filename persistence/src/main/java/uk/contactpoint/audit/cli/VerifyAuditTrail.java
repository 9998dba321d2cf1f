package uk.contactpoint.audit.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import uk.contactpoint.audit.control.ChainVerifier;
import uk.contactpoint.audit.control.VerificationReport;
import uk.contactpoint.audit.entity.ChainSeal;

/**
 * Verifies the audit trail from the command line, straight against the database, so an auditor need
 * not trust the running application (docs/operations.md shows the command). Exit status 0 when
 * every chain holds, 1 when a link is broken, 2 when it could not run.
 */
public final class VerifyAuditTrail {

  private VerifyAuditTrail() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : env("CP_DB_URL", null);
    String user = args.length > 1 ? args[1] : env("CP_DB_USER", "contactpoint");
    String password = args.length > 2 ? args[2] : env("CP_DB_PASSWORD", "contactpoint");
    if (url == null) {
      System.err.println(
          "Usage: VerifyAuditTrail <jdbc-url> [user] [password]  (or set CP_DB_URL, CP_DB_USER, CP_DB_PASSWORD)");
      System.exit(2);
    }
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      // The keys come from the environment, as the server's do: never from the database it checks.
      VerificationReport report =
          new ChainVerifier(
                  connection,
                  Clock.systemUTC(),
                  ChainSeal.fromBase64(
                      System.getenv("CP_AUDIT_KEY"), System.getenv("CP_AUDIT_RETIRED_KEYS")))
              .verifyAll();
      for (VerificationReport.ChainResult chain : report.chains()) {
        System.out.println(
            (chain.intact() ? "OK      " : "BROKEN  ")
                + chain.chainKey()
                + ": "
                + chain.entriesVerified()
                + " entries verified"
                + (chain.intact() ? "" : "; " + chain.broken().problem()));
      }
      System.out.println(
          report.intact()
              ? "The audit trail is intact: "
                  + report.entriesVerified()
                  + " entries in "
                  + report.chains().size()
                  + " chains."
              : "The audit trail is BROKEN: first broken link: "
                  + report.firstBroken().orElseThrow().problem());
      System.exit(report.intact() ? 0 : 1);
    } catch (IllegalArgumentException badKey) {
      System.err.println("Could not verify the audit trail: " + badKey.getMessage());
      System.exit(2);
    } catch (SQLException e) {
      System.err.println("Could not verify the audit trail: " + e.getMessage());
      System.exit(2);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
