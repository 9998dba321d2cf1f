package uk.contactpoint.governance.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.auditreview.control.ReviewScope;
import uk.contactpoint.governance.control.Access;
import uk.contactpoint.governance.control.AccessReports;
import uk.contactpoint.governance.control.RegisterDeadlines;
import uk.contactpoint.governance.control.RegisterEntry;
import uk.contactpoint.governance.control.ReportCsv;
import uk.contactpoint.governance.control.Retention;
import uk.contactpoint.governance.control.RetentionFigures;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The data protection officer's reports (rules 4, 8 and 11), for auditors (the whole country) and a
 * section's audit-review duty (its own section): every record a user opened in a period with the
 * reasons (breach scoping); every record opened by managers and operators, and every override; and
 * the evidence that retention runs (archived and deleted per month, nothing overdue). Each reading
 * and each export is audited; an export names who made it, when, and its reference. This bean
 * checks the period and the reader's section and audits; the queries and the CSV are in control.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Duty.AUDIT_REVIEW_ROLE})
public class DpoReports {

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject ReviewScope scope;
  @Inject AuditNotes audit;
  @Inject AccessReports accessReports;
  @Inject RetentionFigures retentionFigures;
  @Inject RegisterDeadlines registerDeadlines;

  public enum Report {
    ACCESSES_BY_USER,
    PRIVILEGED_ACCESS,
    RETENTION,
    REGISTERS
  }

  /**
   * Breach scoping: every record {@code username} opened between the two days (inclusive), with the
   * reasons given.
   */
  @Audited(AuditAction.DPO_REPORT_READ)
  public List<Access> accessesBy(String username, LocalDate from, LocalDate to) {
    Period period = period(from, to);
    if (username == null || username.isBlank()) {
      throw InvalidInputException.invalid("username", "Name the user whose accesses you need");
    }
    audit
        .current()
        .detail("report", Report.ACCESSES_BY_USER)
        .detail("username", username)
        .detail("from", period.from())
        .detail("to", period.to());
    return accessReports.openedBy(username, period.from(), period.to(), scope.sectionOf(caller));
  }

  /**
   * Every record opened by a manager or an operator, and every override of a protection, in the
   * period.
   */
  @Audited(AuditAction.DPO_REPORT_READ)
  public List<Access> privilegedAccess(LocalDate from, LocalDate to) {
    Period period = period(from, to);
    audit
        .current()
        .detail("report", Report.PRIVILEGED_ACCESS)
        .detail("from", period.from())
        .detail("to", period.to());
    return accessReports.privileged(period.from(), period.to(), scope.sectionOf(caller));
  }

  /**
   * Archived and deleted records per month for the last twelve months, and anything overdue (which
   * should be none).
   */
  @Audited(AuditAction.DPO_REPORT_READ)
  public Retention retention() {
    audit.current().detail("report", "RETENTION");
    Long section = scope.sectionOf(caller);
    return retentionFigures.upTo(LocalDate.now(clock), section);
  }

  /**
   * The subject access, corrections and complaints registers with their deadlines (rule 11): open
   * ones first by due date, then the closed ones of the last year, each with its status (open,
   * overdue, closed on time, closed late).
   */
  @Audited(AuditAction.DPO_REPORT_READ)
  public List<RegisterEntry> registers() {
    audit.current().detail("report", "REGISTERS");
    Long section = scope.sectionOf(caller);
    return registerDeadlines.asOf(LocalDate.now(clock), section);
  }

  /**
   * A report as CSV. Its first lines say who made it, when and its reference (the audit entry of
   * this export), so a printed or forwarded copy can be traced.
   */
  @Audited(AuditAction.DPO_REPORT_EXPORTED)
  public String exportCsv(Report report, String username, LocalDate from, LocalDate to) {
    if (report == null) {
      throw InvalidInputException.invalid(
          "report", "Choose ACCESSES_BY_USER, PRIVILEGED_ACCESS, RETENTION or REGISTERS");
    }
    String reference = "DPO-" + clock.instant().toEpochMilli();
    ReportCsv csv =
        new ReportCsv(
            report.name(), caller.getCallerPrincipal().getName(), clock.instant(), reference);
    int count;
    if (report == Report.REGISTERS) {
      List<RegisterEntry> entries = registers();
      csv.registers(entries);
      count = entries.size();
    } else if (report == Report.RETENTION) {
      Retention retention = retention();
      csv.retention(retention);
      count = retention.months().size();
    } else {
      List<Access> rows =
          report == Report.ACCESSES_BY_USER
              ? accessesBy(username, from, to)
              : privilegedAccess(from, to);
      csv.accesses(rows);
      count = rows.size();
    }
    // Set after the report is read: reading it notes its own name on the same act.
    audit.current().detail("report", report).detail("rows", count).target("export", reference);
    return csv.toString();
  }

  private record Period(LocalDate from, LocalDate to) {}

  private Period period(LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusDays(30) : from;
    if (start.isAfter(end)) {
      throw InvalidInputException.invalid("from", "The period starts after it ends");
    }
    if (start.plusDays(uk.contactpoint.auditreview.control.AuditQuery.MAX_DAYS).isBefore(end)) {
      throw InvalidInputException.invalid(
          "to",
          "A report covers at most "
              + uk.contactpoint.auditreview.control.AuditQuery.MAX_DAYS
              + " days");
    }
    return new Period(start, end);
  }
}
