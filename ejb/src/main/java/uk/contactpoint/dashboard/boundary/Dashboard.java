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
import java.util.Arrays;
import java.util.List;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.dashboard.control.MeasureQueries;

/**
 * The management team's dashboard (issue 10, item 1): what needs attention today in the caller's
 * section, or nationally for auditors. The counts carry no personal data; opening the list behind
 * one is audited, and auditors' lists of children show record ids, never names.
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

  /** One row behind a figure; {@code childId} links to the record when the viewer's team holds it. */
  public record Line(String reference, String description, String childId, LocalDate date) implements Serializable {}

  public record Behind(Measure measure, String label, long count, List<Line> lines, boolean cut) implements Serializable {}

  public List<Figure> figures() {
    Long section = scope();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    return Arrays.stream(Measure.values())
        .map(measure -> new Figure(measure, measure.label(), MeasureQueries.count(em, measure, section, today, now)))
        .toList();
  }

  @Audited(AuditAction.DASHBOARD_LIST_READ)
  public Behind behind(Measure measure) {
    if (measure == null) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid("measure", "Choose one of the dashboard's figures");
    }
    audit.current().detail("measure", measure);
    Long section = scope();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    boolean national = section == null;
    List<Line> lines = MeasureQueries.list(em, measure, section, today, now).stream()
        .map(row -> national && measure.namesChildren()
            ? new Line(str(row[0]), row[2] == null ? "a child's record" : "record " + row[2], null, date(row[3]))
            : new Line(str(row[0]), str(row[1]), str(row[2]), date(row[3])))
        .toList();
    // A list shorter than its limit is the whole count; only a cut list needs the count asked for.
    long count = lines.size() < MeasureQueries.LIST_LIMIT ? lines.size() : MeasureQueries.count(em, measure, section, today, now);
    return new Behind(measure, measure.label(), count, lines, count > lines.size());
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

  private static LocalDate date(Object value) {
    if (value instanceof java.sql.Date sql) {
      return sql.toLocalDate();
    }
    if (value instanceof LocalDate local) {
      return local;
    }
    if (value instanceof java.sql.Timestamp stamp) {
      return stamp.toLocalDateTime().toLocalDate();
    }
    return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
  }
}
