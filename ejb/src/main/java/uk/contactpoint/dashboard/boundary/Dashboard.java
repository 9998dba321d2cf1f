package uk.contactpoint.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.dashboard.control.Measure;
import uk.contactpoint.dashboard.control.MeasureQueries;
import uk.contactpoint.dashboard.control.SourceFigures;
import uk.contactpoint.dashboard.control.WeeklyTrends;
import uk.contactpoint.shared.control.SqlDates;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The management team's dashboard: what needs attention today in the caller's section, or
 * nationally for auditors. The counts carry no personal data; opening the list behind one is
 * audited, and auditors' lists of children show record ids, never names.
 */
@Stateless
@RolesAllowed({Role.LA_MANAGER_NAME, Role.AUDITOR_NAME})
public class Dashboard {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;

  public record Figure(Measure measure, String label, long count) implements Serializable {}

  /**
   * One row behind a figure; {@code childId} links to the record when the viewer's team holds it.
   */
  public record Line(String reference, String description, String childId, LocalDate date)
      implements Serializable {}

  public record Behind(Measure measure, String label, long count, List<Line> lines, boolean cut)
      implements Serializable {}

  /** One source's records over the last 30 days and what became of them. */
  public record SourceRates(
      String source, long records, long linked, long created, long held, long rejected)
      implements Serializable {
    public double linkedRate() {
      return rate(linked);
    }

    public double heldRate() {
      return rate(held);
    }

    public double rejectedRate() {
      return rate(rejected);
    }

    private double rate(long part) {
      return records == 0 ? 0 : (double) part / records;
    }
  }

  /** A trend for a chart: the first day of each week and, per series, its weekly counts. */
  public record Trend(String title, List<LocalDate> weekStarts, List<Series> series)
      implements Serializable {}

  public record Series(String label, List<Long> counts) implements Serializable {}

  public static final int SOURCE_DAYS = 30;

  public List<Figure> figures() {
    Long section = scope();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    return Arrays.stream(Measure.values())
        .map(
            measure ->
                new Figure(
                    measure,
                    measure.label(),
                    MeasureQueries.count(em, measure, section, today, now)))
        .toList();
  }

  @Audited(AuditAction.DASHBOARD_LIST_READ)
  public Behind behind(Measure measure) {
    if (measure == null) {
      throw InvalidInputException.invalid("measure", "Choose one of the dashboard's figures");
    }
    audit.current().detail("measure", measure);
    Long section = scope();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    boolean national = section == null;
    List<Line> lines =
        MeasureQueries.list(em, measure, section, today, now).stream()
            .map(
                row ->
                    national && measure.namesChildren()
                        ? new Line(
                            str(row[0]),
                            row[2] == null ? "a child's record" : "record " + row[2],
                            null,
                            SqlDates.localDate(row[3]))
                        : new Line(
                            str(row[0]), str(row[1]), str(row[2]), SqlDates.localDate(row[3])))
            .toList();
    // A list shorter than its limit is the whole count; only a cut list needs the count asked for.
    long count =
        lines.size() < MeasureQueries.LIST_LIMIT
            ? lines.size()
            : MeasureQueries.count(em, measure, section, today, now);
    return new Behind(measure, measure.label(), count, lines, count > lines.size());
  }

  /**
   * Each of the caller's section's own sources (every source, for auditors) with its records naming
   * the caller's local authority over the last 30 days: linked, new, held for review (even if
   * settled since) and rejected. A national source's figures are the national operators'.
   */
  public List<SourceRates> sources() {
    Map<String, long[]> bySource = new TreeMap<>();
    for (Object[] row :
        SourceFigures.counts(em, scope(), clock.instant().minus(SOURCE_DAYS, ChronoUnit.DAYS))) {
      long[] counts =
          bySource.computeIfAbsent(
              (String) row[0], k -> new long[SourceFigures.Result.values().length]);
      counts[SourceFigures.Result.valueOf(row[1].toString()).ordinal()] +=
          ((Number) row[2]).longValue();
    }
    return bySource.entrySet().stream()
        .map(
            e ->
                new SourceRates(
                    e.getKey(),
                    Arrays.stream(e.getValue()).sum(),
                    e.getValue()[SourceFigures.Result.LINKED.ordinal()],
                    e.getValue()[SourceFigures.Result.CREATED.ordinal()],
                    e.getValue()[SourceFigures.Result.HELD.ordinal()],
                    e.getValue()[SourceFigures.Result.REJECTED.ordinal()]))
        .toList();
  }

  /**
   * The records behind one source's count ({@code result}: linked, created, held or rejected):
   * batch and record references, the fields a rejection named (never its message, which may quote
   * what was sent), and the child, named only when the caller's team holds the record.
   */
  @Audited(AuditAction.DASHBOARD_LIST_READ)
  public Behind behindSource(String source, String result) {
    SourceFigures.Result chosen = SourceFigures.Result.ofKey(result);
    List<FieldError> errors = new ArrayList<>();
    if (source == null || source.isBlank() || source.length() > 40) {
      errors.add(new FieldError("source", "Name a source system"));
    }
    if (chosen == null) {
      errors.add(new FieldError("result", "One of linked, created, held or rejected"));
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    audit
        .current()
        .detail("measure", "SOURCE")
        .detail("source", source)
        .detail("result", chosen.key());
    Long section = scope();
    boolean national = section == null;
    List<Line> lines =
        SourceFigures.records(
                em,
                section,
                clock.instant().minus(SOURCE_DAYS, ChronoUnit.DAYS),
                source,
                chosen,
                MeasureQueries.LIST_LIMIT)
            .stream()
            .map(
                row ->
                    new Line(
                        row[0] + " / " + row[1],
                        describe(chosen, row, national),
                        !national && ((Number) row[6]).intValue() == 1 ? str(row[4]) : null,
                        SqlDates.localDate(row[3])))
            .toList();
    String label =
        "Records from " + source + " " + chosen.words() + ", last " + SOURCE_DAYS + " days";
    return new Behind(null, label, lines.size(), lines, lines.size() == MeasureQueries.LIST_LIMIT);
  }

  private static String describe(SourceFigures.Result result, Object[] row, boolean national) {
    if (result == SourceFigures.Result.REJECTED) {
      return "rejected: " + String.join(", ", SourceFigures.fieldsOf(row[2]));
    }
    if (row[4] == null) {
      return result.words();
    }
    if (national) {
      return result.words() + ": record " + row[4];
    }
    return ((Number) row[6]).intValue() == 1
        ? str(row[5])
        : result.words() + ": a record another local authority holds";
  }

  /** Twelve weeks of what the sources sent and of the team's queues, for the dashboard's charts. */
  public List<Trend> trends() {
    Long section = scope();
    LocalDate today = LocalDate.now(clock);
    return List.of(
            WeeklyTrends.feedResults(em, section, today), WeeklyTrends.queues(em, section, today))
        .stream()
        .map(
            chart ->
                new Trend(
                    chart.title(),
                    chart.weekStarts(),
                    chart.series().entrySet().stream()
                        .map(
                            e ->
                                new Series(
                                    e.getKey(), Arrays.stream(e.getValue()).boxed().toList()))
                        .toList()))
        .toList();
  }

  /** The caller's section; none (national) for auditors. */
  private Long scope() {
    if (caller.isCallerInRole(Role.AUDITOR_NAME)) {
      return null;
    }
    return accounts.caller(caller.getCallerPrincipal()).section().id();
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }
}
