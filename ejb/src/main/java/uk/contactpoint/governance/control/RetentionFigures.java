package uk.contactpoint.governance.control;

import static uk.contactpoint.governance.control.ReportQueries.nativeQuery;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.governance.control.Retention.Month;
import uk.contactpoint.shared.control.Clocks;

/**
 * The evidence that retention runs (DESIGN.md rule 8): records archived and deleted per month, as
 * the trail recorded them, and the records the rules should already have archived or deleted.
 */
@Dependent
public class RetentionFigures {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * Archived and deleted records per month for the twelve months up to {@code today}, and anything
   * overdue (which should be none); {@code section} null for the whole country.
   */
  public Retention upTo(LocalDate today, Long section) {
    List<Month> months = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      YearMonth month = YearMonth.from(today).minusMonths(back);
      OffsetDateTime start = month.atDay(1).atStartOfDay(Clocks.LONDON).toOffsetDateTime();
      OffsetDateTime end =
          month.plusMonths(1).atDay(1).atStartOfDay(Clocks.LONDON).toOffsetDateTime();
      months.add(
          new Month(
              month.toString(),
              countActs(AuditAction.RECORD_ARCHIVED, start, end, section),
              countActs(AuditAction.RECORD_PURGED, start, end, section)));
    }
    String inSection = section == null ? "" : " AND c.section_id = " + section;
    long adults =
        count(
            "SELECT COUNT(*) FROM child c WHERE c.archived_on IS NULL AND c.merged_into_id IS NULL AND c.birth_date <= ?1"
                + " AND NOT EXISTS (SELECT 1 FROM record_extension x WHERE x.child_id = c.id AND x.withdrawn_on IS NULL AND x.ends_on >= ?2)"
                + inSection,
            Date.valueOf(today.minusYears(18)),
            Date.valueOf(today));
    long deaths =
        count(
            "SELECT COUNT(*) FROM child c WHERE c.archived_on IS NULL AND c.merged_into_id IS NULL AND c.date_of_death <= ?1"
                + inSection,
            Date.valueOf(today.minusYears(1)));
    long pastSix =
        count(
            "SELECT COUNT(*) FROM child c WHERE c.archived_on <= ?1" + inSection,
            Date.valueOf(today.minusYears(6)));
    return new Retention(months, adults, deaths, pastSix);
  }

  private long countActs(
      AuditAction action, OffsetDateTime start, OffsetDateTime end, Long section) {
    TypedQuery<Long> query =
        em.createQuery(
                "SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action AND e.occurredAt >= :start"
                    + " AND e.occurredAt < :end"
                    + (section == null ? "" : " AND e.subjectSectionId = :section"),
                Long.class)
            .setParameter("action", action)
            .setParameter("start", start)
            .setParameter("end", end);
    if (section != null) {
      query.setParameter("section", section);
    }
    return query.getSingleResult();
  }

  private long count(String sql, Object... parameters) {
    return ((Number) nativeQuery(em, sql, parameters).getSingleResult()).longValue();
  }
}
