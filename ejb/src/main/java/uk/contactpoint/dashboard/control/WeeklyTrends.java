package uk.contactpoint.dashboard.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.shared.control.SqlDates;

/**
 * Counts per week over the last twelve weeks, for the dashboard's charts. Each query counts per day
 * (the same SQL on H2 and PostgreSQL); the days are added up into weeks here, the last week ending
 * today.
 */
public final class WeeklyTrends {

  public static final int WEEKS = 12;

  /**
   * A chart: its week labels (the first day of each week) and one series of counts per line or bar.
   */
  public record Chart(String title, List<LocalDate> weekStarts, Map<String, long[]> series) {}

  private WeeklyTrends() {}

  public static LocalDate firstDay(LocalDate today) {
    return today.minusDays(7L * WEEKS - 1);
  }

  /** What the source systems sent, per week: linked, new, held for review, rejected. */
  public static Chart feedResults(EntityManager em, Long sectionId, LocalDate today) {
    Map<String, long[]> series = new LinkedHashMap<>();
    for (SourceFigures.Result result : SourceFigures.Result.values()) {
      series.put(result.words(), new long[WEEKS]);
    }
    for (Object[] row :
        SourceFigures.byDay(
            em, sectionId, firstDay(today).atStartOfDay().toInstant(ZoneOffset.UTC))) {
      SourceFigures.Result result = SourceFigures.Result.valueOf(row[1].toString());
      add(series.get(result.words()), today, row[0], row[2]);
    }
    return new Chart("Records from source systems, per week", weekStarts(today), series);
  }

  /** The team's queues, per week: data-quality cases opened and settled, contact requests made. */
  public static Chart queues(EntityManager em, Long sectionId, LocalDate today) {
    Map<String, long[]> series = new LinkedHashMap<>();
    series.put(
        "data-quality cases opened",
        perWeek(em, "match_case", "opened_at", "section_id", sectionId, today));
    series.put(
        "data-quality cases settled",
        perWeek(em, "match_case", "decided_at", "section_id", sectionId, today));
    series.put(
        "contact requests made",
        perWeek(em, "contact_request", "requested_at", "section_id", sectionId, today));
    return new Chart("Work reaching the team, per week", weekStarts(today), series);
  }

  private static long[] perWeek(
      EntityManager em,
      String table,
      String column,
      String sectionColumn,
      Long sectionId,
      LocalDate today) {
    // Table and column names are this class's constants, never input.
    String sql =
        "SELECT CAST("
            + column
            + " AS DATE), COUNT(*) FROM "
            + table
            + " WHERE "
            + column
            + " >= ?1"
            + (sectionId == null ? "" : " AND " + sectionColumn + " = ?2")
            + " GROUP BY CAST("
            + column
            + " AS DATE)";
    Query query = em.createNativeQuery(sql).setParameter(1, startOf(firstDay(today)));
    if (sectionId != null) {
      query.setParameter(2, sectionId);
    }
    long[] weeks = new long[WEEKS];
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      add(weeks, today, columns[0], columns[1]);
    }
    return weeks;
  }

  private static void add(long[] weeks, LocalDate today, Object day, Object count) {
    long index = ChronoUnit.DAYS.between(firstDay(today), SqlDates.localDate(day)) / 7;
    if (index >= 0 && index < WEEKS) {
      weeks[(int) index] += ((Number) count).longValue();
    }
  }

  private static List<LocalDate> weekStarts(LocalDate today) {
    List<LocalDate> starts = new ArrayList<>();
    for (int week = 0; week < WEEKS; week++) {
      starts.add(firstDay(today).plusDays(7L * week));
    }
    return starts;
  }

  private static Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
