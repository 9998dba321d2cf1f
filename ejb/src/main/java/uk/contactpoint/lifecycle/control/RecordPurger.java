package uk.contactpoint.lifecycle.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.audit.control.AuditDetails;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.lifecycle.entity.RecordTombstone;

/**
 * Deletes a record's personal data for good (rule 8: six years after archiving): the record, its
 * facts, involvements, shields, requests, reports, feed records' text, links, merges and moves, and
 * the audit detail rows about it. What stays is a tombstone (its opaque id, section and dates) and
 * the audit chain's entries, which hold ids only, so the chain still verifies.
 */
@Stateless
@PermitAll
public class RecordPurger {

  private static final Logger LOG = Logger.getLogger(RecordPurger.class.getName());

  /**
   * Rows that name the child, deleted before it (children first, so no foreign key stands in the
   * way).
   */
  private static final List<String> DELETIONS =
      List.of(
          "DELETE FROM match_case WHERE child_id = ?1 OR feed_record_id IN (SELECT id FROM feed_record WHERE child_id = ?1)",
          "UPDATE feed_record SET content = '{}', errors = NULL, child_id = NULL WHERE child_id = ?1",
          "DELETE FROM notification WHERE child_id = ?1",
          "DELETE FROM inaccuracy_report WHERE child_id = ?1",
          "DELETE FROM contact_request WHERE child_id = ?1",
          "DELETE FROM shield_request WHERE child_id = ?1",
          "DELETE FROM shield WHERE child_id = ?1",
          "DELETE FROM lead_change WHERE child_id = ?1",
          "DELETE FROM involvement WHERE child_id = ?1",
          "DELETE FROM child_transfer WHERE child_id = ?1",
          "DELETE FROM child_link WHERE child_id = ?1",
          "DELETE FROM child_merge WHERE survivor_id = ?1 OR merged_id = ?1",
          "DELETE FROM record_extension WHERE child_id = ?1",
          "DELETE FROM subject_access_request WHERE child_id = ?1",
          "DELETE FROM correction_request WHERE child_id = ?1",
          "DELETE FROM child_search_key WHERE child_id = ?1",
          "DELETE FROM child_former_name WHERE child_id = ?1",
          "DELETE FROM child_name_spelling WHERE child_id = ?1",
          "DELETE FROM child_address_history WHERE child_id = ?1",
          "DELETE FROM child_identifier WHERE child_id = ?1",
          "DELETE FROM parent_carer WHERE child_id = ?1",
          "DELETE FROM child WHERE id = ?1");

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditDetails auditDetails;
  @jakarta.ejb.EJB AuditTrail trail;

  /**
   * Purges the record and every duplicate merged into it. A duplicate is never archived on its own
   * (it is found only through the record it was merged into), so it goes with that record; left
   * behind with its link cut, it would come back as a live record holding its personal data.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void purge(long childId, String childRef, Long sectionId, java.time.LocalDate archivedOn) {
    purgeWithDuplicates(childId, childRef, sectionId, archivedOn);
  }

  @SuppressWarnings("unchecked")
  private void purgeWithDuplicates(
      long childId, String childRef, Long sectionId, java.time.LocalDate archivedOn) {
    List<Object[]> duplicates =
        em.createNativeQuery("SELECT id, public_id, section_id FROM child WHERE merged_into_id = ?")
            .setParameter(1, childId)
            .getResultList();
    for (Object[] duplicate : duplicates) {
      // Recursive: a duplicate may itself have had one merged into it before it was merged.
      purgeWithDuplicates(
          ((Number) duplicate[0]).longValue(),
          (String) duplicate[1],
          ((Number) duplicate[2]).longValue(),
          archivedOn);
    }
    int details = auditDetails.purgeForChild(childRef, "record-lifecycle");
    em.persist(new RecordTombstone(childRef, sectionId, archivedOn, clock.instant()));
    em.flush();
    for (String statement : DELETIONS) {
      var query = em.createNativeQuery(statement.replace("?1", "?"));
      int marks = statement.split("\\?1", -1).length - 1;
      for (int i = 1; i <= marks; i++) {
        query.setParameter(i, childId);
      }
      query.executeUpdate();
    }
    trail.record(
        new AuditNote(AuditAction.RECORD_PURGED)
            .actor("system:record-lifecycle")
            .target("child", childRef)
            .detail("auditDetailsPurged", details),
        AuditOutcome.SUCCESS);
    em.getEntityManagerFactory().getCache().evictAll();
    LOG.info(() -> "Record " + childId + " purged six years after archiving");
  }
}
