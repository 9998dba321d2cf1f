package uk.contactpoint.auditreview.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditKeys;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.AuditWriteTimings;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.control.ChainVerifier;
import uk.contactpoint.audit.control.VerificationReport;
import uk.contactpoint.audit.entity.AuditAction;

/**
 * Proves the trail unaltered: walks every chain and names the first broken link. The same verifier
 * runs from the command line against the database alone (docs/operations.md).
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AuditVerification {

  private static final Logger LOG = Logger.getLogger(AuditVerification.class.getName());

  @Resource(lookup = "java:jboss/datasources/ContactPointDS")
  DataSource dataSource;

  @Inject Clock clock;
  @Inject AuditNotes audit;
  @Inject AuditWriteTimings timings;
  @Inject AuditKeys keys;

  /** The latest audit writes' durations on this node (bench/audit-overhead.sh). */
  public AuditWriteTimings.Summary writeTimings() {
    return timings.summary();
  }

  @Audited(AuditAction.AUDIT_VERIFIED)
  public VerificationReport verify() {
    VerificationReport report;
    try (Connection connection = dataSource.getConnection()) {
      report = new ChainVerifier(connection, clock, keys.all()).verifyAll();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit trail", e);
    }
    audit
        .current()
        .detail("intact", report.intact())
        .detail("entries", report.entriesVerified())
        .detail(
            "firstBroken",
            report.firstBroken().map(VerificationReport.BrokenLink::problem).orElse(null));
    // Chain heads in the log give an outside copy to compare with later (ids and hashes only).
    report
        .chains()
        .forEach(
            chain ->
                LOG.info(
                    () ->
                        "Audit chain "
                            + chain.chainKey()
                            + " verified to entry "
                            + chain.headSeq()
                            + (chain.intact()
                                ? ": intact"
                                : ": BROKEN at entry " + chain.broken().seq())));
    return report;
  }
}
