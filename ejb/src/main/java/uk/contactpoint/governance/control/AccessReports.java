package uk.contactpoint.governance.control;

import static uk.contactpoint.governance.control.ReportQueries.MAX_ROWS;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.auditreview.control.StatedReasons;
import uk.contactpoint.shared.control.Clocks;

/**
 * The openings of records the data protection officer reads from the trail (DESIGN.md rule 4), for
 * a section or (given none) the whole country: a user's, for breach scoping, and those of managers
 * and operators with every override. The reasons stated about a shielded child or by a sensitive
 * service are withheld from all but the child's own section (rules 5 and 6).
 */
@Dependent
public class AccessReports {

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

  static final String WITHHELD =
      "withheld: shielded child or sensitive service (search the trail with a stated purpose)";
  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * Every record {@code username} opened between the two days (inclusive), with the reasons given;
   * {@code section} null for the whole country.
   */
  public List<Access> openedBy(String username, LocalDate from, LocalDate to, Long section) {
    return accesses(
        " AND e.actorUsername = :username",
        UserAccount.normalise(username),
        RECORD_OPENINGS,
        from,
        to,
        section);
  }

  /**
   * Every record opened by a manager or an operator, and every override of a protection, between
   * the two days (inclusive); {@code section} null for the whole country.
   */
  public List<Access> privileged(LocalDate from, LocalDate to, Long section) {
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
        from,
        to,
        section);
  }

  private List<Access> accesses(
      String condition,
      String username,
      List<AuditAction> actions,
      LocalDate from,
      LocalDate to,
      Long section) {
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
            .setParameter("start", from.atStartOfDay(Clocks.LONDON).toOffsetDateTime())
            .setParameter("end", to.plusDays(1).atStartOfDay(Clocks.LONDON).toOffsetDateTime())
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
}
