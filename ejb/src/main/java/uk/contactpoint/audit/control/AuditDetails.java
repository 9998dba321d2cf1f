package uk.contactpoint.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditDetailPurge;
import uk.contactpoint.audit.entity.AuditOutcome;

/**
 * Destroys the personal values the trail holds about one child (the lifecycle purge, six years
 * after archiving) without breaking a chain: the entries stay, each keeping the hash of the detail
 * it had, and a purge record tells the verifier the detail was removed on purpose.
 *
 * <p>Search events are not found this way (their criteria name a person, not a record); they leave
 * with the trail's retention period (docs/security.md).
 */
@Dependent
public class AuditDetails {

  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditTrail trail;

  /** Returns how many detail rows it deleted. */
  public int purgeForChild(String childRef, String purgedBy) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT e.id FROM audit_entry e JOIN audit_detail d ON d.entry_id = e.id WHERE e.child_ref = ?")
            .setParameter(1, childRef)
            .getResultList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk =
          ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream()
              .map(Number::longValue)
              .toList();
      chunk.forEach(id -> em.persist(new AuditDetailPurge(id, clock.instant(), purgedBy)));
      em.flush();
      em.createQuery("DELETE FROM AuditDetail d WHERE d.entryId IN :ids")
          .setParameter("ids", chunk)
          .executeUpdate();
    }
    // The purge is itself an event: which record, how many details, by whom (no personal value).
    trail.record(
        new AuditNote(AuditAction.AUDIT_DETAILS_PURGED)
            .target("child", childRef)
            .detail("detailsPurged", ids.size())
            .actor(purgedBy),
        AuditOutcome.SUCCESS);
    return ids.size();
  }
}
