package uk.contactpoint.dataquality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.dataquality.control.DataQualityTeam;
import uk.contactpoint.dataquality.entity.InaccuracyReport;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * The section's data-quality team works through practitioners' reports of a wrong fact (made
 * through {@link Inaccuracies}): each waits here until the team closes it.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class InaccuracyQueue {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject DataQualityTeam team;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject AuditNotes audit;

  public record Inaccuracy(
      long id,
      String childId,
      String childName,
      String fact,
      String note,
      String reporter,
      String organisation,
      Instant reportedAt)
      implements Serializable {}

  /** Practitioners' "report an inaccuracy" flags on the section's records, oldest first. */
  public List<Inaccuracy> inaccuracies() {
    return em.createQuery(
            "SELECT r FROM InaccuracyReport r WHERE r.section = :section AND r.status = 'OPEN' ORDER BY r.reportedAt",
            InaccuracyReport.class)
        .setParameter("section", me().section())
        .getResultStream()
        .map(
            r ->
                new Inaccuracy(
                    r.id(),
                    r.child().publicId(),
                    r.child().name().fullName(),
                    r.fact().name(),
                    r.note(),
                    r.reporter().fullName(),
                    r.reporter().organisation().name(),
                    r.reportedAt()))
        .toList();
  }

  /** The fact was corrected at its source, or found right: the flag leaves the queue. */
  @Audited(AuditAction.INACCURACY_CLOSED)
  public void closeInaccuracy(long reportId) {
    InaccuracyReport report = em.find(InaccuracyReport.class, reportId);
    if (report == null || !scope.isOwn(me(), report.section())) {
      throw new NotFoundException("The report");
    }
    audit.current().child(report.child()).target("inaccuracy", reportId);
    report.close();
  }

  private UserAccount me() {
    return team.member(caller);
  }
}
