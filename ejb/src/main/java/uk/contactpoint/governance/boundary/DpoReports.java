package uk.contactpoint.governance.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.auditreview.control.ReviewScope;
import uk.contactpoint.auditreview.control.StatedReasons;
import uk.contactpoint.shared.control.Clocks;
import uk.contactpoint.shared.control.CsvCells;
import uk.contactpoint.shared.control.SqlDates;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The data protection officer's reports (rules 4, 8 and 11), for auditors (the whole country) and a
 * section's audit-review duty (its own section): every record a user opened in a period with the
 * reasons (breach scoping); every record opened by managers and operators, and every override; and
 * the evidence that retention runs (archived and deleted per month, nothing overdue). Each reading
 * and each export is audited; an export names who made it, when, and its reference.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Duty.AUDIT_REVIEW_ROLE})
public class DpoReports {

  /** Acts that show a child's record to someone. */
  static final List<AuditAction> RECORD_OPENINGS =
      List.of(
          AuditAction.RECORD_ACCESS,
          AuditAction.SHIELD_OVERRIDE,
          AuditAction.ARCHIVED_RECORD_OPENED,
          AuditAction.SUBJECT_ACCESS_EXPORTED);

  /** Acts that are overrides of a protection, whoever does them. */
  static final List<AuditAction> OVERRIDES =
      List.of(
          AuditAction.SHIELD_OVERRIDE,
          AuditAction.ARCHIVED_RECORD_OPENED,
          AuditAction.AUDIT_PURPOSE_STATED);

  static final int MAX_ROWS = 10_000;
  static final String WITHHELD =
      "withheld: shielded child or sensitive service (search the trail with a stated purpose)";
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject ReviewScope scope;
  @Inject AuditNotes audit;

  public enum Report {
    ACCESSES_BY_USER,
    PRIVILEGED_ACCESS,
    RETENTION,
    REGISTERS
  }

  /**
   * One entry of the subject access, corrections or complaints register, with its deadline: no
   * requester and no request text, which stay on the registers' own screens.
   */
  public record RegisterEntry(
      String register,
      String reference,
      LocalDate received,
      LocalDate due,
      LocalDate closed,
      String outcome,
      String status)
      implements java.io.Serializable {}

  /**
   * One opening of a record: when, by whom (and as what), which record, why, and whether it was
   * allowed.
   */
  public record Access(
      java.time.Instant at,
      String username,
      String roles,
      String action,
      String outcome,
      String childId,
      String reason)
      implements Serializable {}

  /** {@code month} as YYYY-MM. */
  public record Month(String month, long archived, long deleted) implements Serializable {}

  /** Retention at a glance: per month, and what should have happened already but has not. */
  public record Retention(
      List<Month> months, long adultsNotArchived, long deathsNotArchived, long archivedPastSixYears)
      implements Serializable {}

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
    return accesses(
        " AND e.actorUsername = :username",
        uk.contactpoint.accounts.entity.UserAccount.normalise(username),
        RECORD_OPENINGS,
        period);
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
    List<AuditAction> actions = new ArrayList<>(RECORD_OPENINGS);
    actions.add(AuditAction.AUDIT_PURPOSE_STATED);
    return accesses(
        " AND (e.actorRoles LIKE '%"
            + Role.LA_MANAGER_NAME
            + "%' OR e.actorRoles LIKE '%"
            + Role.ADMIN_NAME
            + "%' OR e.action IN :overrides)",
        null,
        actions,
        period);
  }

  /**
   * Archived and deleted records per month for the last twelve months, and anything overdue (which
   * should be none).
   */
  @Audited(AuditAction.DPO_REPORT_READ)
  public Retention retention() {
    audit.current().detail("report", "RETENTION");
    Long section = scope.sectionOf(caller);
    LocalDate today = LocalDate.now(clock);
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

  /**
   * The subject access, corrections and complaints registers with their deadlines (rule 11): open
   * ones first by due date, then the closed ones of the last year, each with its status (open,
   * overdue, closed on time, closed late).
   */
  @Audited(AuditAction.DPO_REPORT_READ)
  public List<RegisterEntry> registers() {
    audit.current().detail("report", "REGISTERS");
    Long section = scope.sectionOf(caller);
    LocalDate today = LocalDate.now(clock);
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
    return nativeQuery(sql, parameters).setMaxResults(MAX_ROWS).getResultList();
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
    StringBuilder csv =
        new StringBuilder()
            .append(
                CsvCells.cell(
                    "ContactPoint report "
                        + report
                        + ", prepared by "
                        + caller.getCallerPrincipal().getName()
                        + " at "
                        + clock.instant()
                        + ", reference "
                        + reference
                        + ". Official – sensitive: personal data."))
            .append("\r\n");
    int count;
    if (report == Report.REGISTERS) {
      List<RegisterEntry> entries = registers();
      csv.append("register,reference,received,due,closed,outcome,status\r\n");
      for (RegisterEntry e : entries) {
        csv.append(
                String.join(
                    ",",
                    CsvCells.cell(e.register()),
                    CsvCells.cell(e.reference()),
                    String.valueOf(e.received()),
                    String.valueOf(e.due()),
                    e.closed() == null ? "" : e.closed().toString(),
                    CsvCells.cell(e.outcome()),
                    CsvCells.cell(e.status())))
            .append("\r\n");
      }
      count = entries.size();
    } else if (report == Report.RETENTION) {
      Retention retention = retention();
      csv.append("month,records archived,records deleted\r\n");
      retention
          .months()
          .forEach(
              m ->
                  csv.append(m.month())
                      .append(',')
                      .append(m.archived())
                      .append(',')
                      .append(m.deleted())
                      .append("\r\n"));
      csv.append("overdue: adults not archived and without an extension,")
          .append(retention.adultsNotArchived())
          .append(",\r\n")
          .append("overdue: deaths over a year ago not archived,")
          .append(retention.deathsNotArchived())
          .append(",\r\n")
          .append("overdue: archived over six years ago and still held,")
          .append(retention.archivedPastSixYears())
          .append(",\r\n");
      count = retention.months().size();
    } else {
      List<Access> rows =
          report == Report.ACCESSES_BY_USER
              ? accessesBy(username, from, to)
              : privilegedAccess(from, to);
      csv.append("time,username,roles,action,outcome,record id,reason\r\n");
      for (Access row : rows) {
        csv.append(
                String.join(
                    ",",
                    CsvCells.cell(row.at().toString()),
                    CsvCells.cell(row.username()),
                    CsvCells.cell(row.roles()),
                    CsvCells.cell(row.action()),
                    CsvCells.cell(row.outcome()),
                    CsvCells.cell(row.childId()),
                    CsvCells.cell(row.reason())))
            .append("\r\n");
      }
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

  private List<Access> accesses(
      String condition, String username, List<AuditAction> actions, Period period) {
    Long section = scope.sectionOf(caller);
    TypedQuery<AuditEntry> query =
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.action IN :actions"
                    + " AND e.occurredAt >= :start AND e.occurredAt < :end"
                    + condition
                    + (section == null
                        ? ""
                        : " AND (e.actorSectionId = :section OR e.subjectSectionId = :section)")
                    + " ORDER BY e.occurredAt",
                AuditEntry.class)
            .setParameter("actions", actions)
            .setParameter("start", period.from().atStartOfDay(Clocks.LONDON).toOffsetDateTime())
            .setParameter(
                "end", period.to().plusDays(1).atStartOfDay(Clocks.LONDON).toOffsetDateTime())
            .setMaxResults(MAX_ROWS);
    if (username != null) {
      query.setParameter("username", username);
    }
    if (condition.contains(":overrides")) {
      query.setParameter("overrides", OVERRIDES);
    }
    if (section != null) {
      query.setParameter("section", section);
    }
    List<AuditEntry> entries = query.getResultList();
    Set<String> shielded =
        uk.contactpoint.auditreview.control.ShieldedRecords.among(
            em, entries.stream().map(AuditEntry::childRef).toList());
    Set<Long> sensitive = sensitiveAmong(entries);
    return entries.stream()
        .map(
            e ->
                new Access(
                    e.occurredAt(),
                    e.actorUsername(),
                    e.actorRoles(),
                    e.action().name(),
                    e.outcome().name(),
                    e.childRef(),
                    protectedFrom(e, section, shielded, sensitive) ? WITHHELD : reasonOf(e)))
        .toList();
  }

  /**
   * Rules 5 and 6 hold in these reports as in the trail: the reasons and justifications given for a
   * shielded child's record, or by a sensitive service, are shown only to the reviewers of the
   * child's own section. Anyone else reads them through the trail's search with a stated purpose,
   * which is audited and alerted.
   */
  private static boolean protectedFrom(
      AuditEntry entry, Long mySection, Set<String> shielded, Set<Long> sensitive) {
    boolean team = mySection != null && mySection.equals(entry.subjectSectionId());
    boolean aboutShielded =
        entry.childRef() != null
            && (entry.subjectShielded() || shielded.contains(entry.childRef()));
    boolean bySensitive =
        entry.actorOrganisationId() != null && sensitive.contains(entry.actorOrganisationId());
    return !team && (aboutShielded || bySensitive);
  }

  private Set<Long> sensitiveAmong(List<AuditEntry> entries) {
    List<Long> ids =
        entries.stream()
            .map(AuditEntry::actorOrganisationId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    Set<Long> sensitive = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      em
          .createQuery(
              "SELECT o FROM Organisation o WHERE o.id IN :ids",
              uk.contactpoint.organisation.entity.Organisation.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultList()
          .stream()
          .filter(uk.contactpoint.organisation.entity.Organisation::isSensitive)
          .forEach(o -> sensitive.add(o.id()));
    }
    return sensitive;
  }

  /**
   * The reason as stated: the label of the reason given, with its text, or the justification of an
   * override.
   */
  private String reasonOf(AuditEntry entry) {
    return StatedReasons.detailOf(em, entry)
        .map(
            content -> {
              String label = StatedReasons.reasonLabel(content);
              String stated = label == null ? content.getString("purpose", null) : label;
              String text =
                  content.getString(
                      "reasonText",
                      content.getString("justification", content.getString("purposeNote", null)));
              if (stated == null) {
                return text;
              }
              return text == null ? stated : stated + ": " + text;
            })
        .orElse(null);
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
    return ((Number) nativeQuery(sql, parameters).getSingleResult()).longValue();
  }

  private jakarta.persistence.Query nativeQuery(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
