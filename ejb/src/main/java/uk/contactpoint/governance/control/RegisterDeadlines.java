package uk.contactpoint.governance.control;

import static uk.contactpoint.governance.control.ReportQueries.MAX_ROWS;
import static uk.contactpoint.governance.control.ReportQueries.nativeQuery;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.shared.control.SqlDates;

/**
 * The subject access, corrections and complaints registers with their deadlines (DESIGN.md rule
 * 11), as the data protection officer sees them at a glance.
 */
@Dependent
public class RegisterDeadlines {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * Open entries first by due date, then those closed in the year up to {@code today}, each with
   * its status (open, overdue, closed on time, closed late); {@code section} null for the whole
   * country.
   */
  public List<RegisterEntry> asOf(LocalDate today, Long section) {
    Date yearAgo = Date.valueOf(today.minusYears(1));
    String inSection = section == null ? "" : " AND section_id = " + section;
    List<RegisterEntry> entries = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT id, received_on, due_on, answered_on, CAST(NULL AS VARCHAR(12)) FROM subject_access_request"
                + " WHERE (answered_on IS NULL OR answered_on >= ?1)"
                + inSection,
            yearAgo)) {
      entries.add(entry("subject access", "SAR-", row, today));
    }
    for (Object[] row :
        rows(
            "SELECT id, received_on, due_on, resolved_on, outcome, kind FROM correction_request"
                + " WHERE (resolved_on IS NULL OR resolved_on >= ?1)"
                + inSection,
            yearAgo)) {
      entries.add(
          entry("COMPLAINT".equals(row[5]) ? "complaint" : "correction", "COR-", row, today));
    }
    entries.sort(
        java.util.Comparator.comparing((RegisterEntry e) -> e.closed() != null)
            .thenComparing(RegisterEntry::due)
            .thenComparing(RegisterEntry::reference));
    return entries;
  }

  private static RegisterEntry entry(
      String register, String prefix, Object[] row, LocalDate today) {
    LocalDate due = SqlDates.localDate(row[2]);
    LocalDate closed = SqlDates.localDate(row[3]);
    String status =
        closed == null
            ? (due.isBefore(today) ? "overdue" : "open")
            : (closed.isAfter(due) ? "closed late" : "closed on time");
    return new RegisterEntry(
        register,
        prefix + row[0],
        SqlDates.localDate(row[1]),
        due,
        closed,
        row[4] == null ? null : row[4].toString(),
        status);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    return nativeQuery(em, sql, parameters).setMaxResults(MAX_ROWS).getResultList();
  }
}
