package uk.contactpoint.auditreview.boundary;

import static uk.contactpoint.shared.control.CsvCells.cell;
import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditDetail;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.auditreview.control.ReviewScope;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.shared.error.ForbiddenException;

/**
 * Reading the trail (rule 4: "searched by managers and auditors"). Auditors read it nationally; a
 * management-team member with the audit-review duty reads what users of their section did and what
 * was done to their section's records. Every reading is itself audited, exports included.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Duty.AUDIT_REVIEW_ROLE})
public class AuditReview {

  public static final int MAX_EVENTS = 500;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Children children;
  @Inject AuditNotes audit;
  @Inject ReviewScope scope;

  @Audited(AuditAction.AUDIT_SEARCHED)
  public AuditResults search(AuditQuery query) {
    return searched(query, false);
  }

  /**
   * The same search with the values about shielded children and sensitive services shown to someone
   * outside their section's team, for a stated purpose — an act that is audited and always alerted
   * (rules 5 and 6).
   */
  @Audited(AuditAction.AUDIT_PURPOSE_STATED)
  public AuditResults searchWithPurpose(AuditQuery query, ReviewPurpose purpose, String note) {
    if (purpose == null) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "purpose", "Choose the purpose");
    }
    if (note == null || note.isBlank() || note.length() > 1000) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "purposeNote",
          "Say in at most 1000 characters which enquiry, request or order this is for");
    }
    audit.current().detail("purpose", purpose).detail("purposeNote", note);
    return searched(query, true);
  }

  private AuditResults searched(AuditQuery query, boolean purposeStated) {
    describe(query);
    Long section = scope.sectionOf(caller);
    List<AuditEntry> entries = entries(query, MAX_EVENTS + 1, section);
    boolean more = entries.size() > MAX_EVENTS;
    List<AuditEvent> events =
        events(more ? entries.subList(0, MAX_EVENTS) : entries, purposeStated, section);
    audit.current().detail("shown", events.size());
    return new AuditResults(events, more);
  }

  /** The same events as CSV, for a spreadsheet; the export is an audited act of its own. */
  @Audited(AuditAction.AUDIT_EXPORTED)
  public String exportCsv(AuditQuery query) {
    describe(query);
    Long section = scope.sectionOf(caller);
    List<AuditEvent> events = events(entries(query, MAX_EVENTS * 20, section), false, section);
    audit.current().detail("rows", events.size());
    StringBuilder csv =
        new StringBuilder(
            "time,action,outcome,username,full name,roles,organisation,record id,target,address,detail\r\n");
    for (AuditEvent e : events) {
      csv.append(
              String.join(
                  ",",
                  cell(e.occurredAt().toString()),
                  cell(e.action()),
                  cell(e.outcome()),
                  cell(e.username()),
                  cell(e.fullName()),
                  cell(e.roles()),
                  cell(e.organisation()),
                  cell(e.childId()),
                  cell(e.target()),
                  cell(e.clientAddress()),
                  cell(e.detail())))
          .append("\r\n");
    }
    return csv.toString();
  }

  /** "Who has looked at this child": every opening of the record, newest first. */
  @Audited(AuditAction.AUDIT_SEARCHED)
  public List<RecordLook> whoLooked(String childId) {
    Child child = children.get(childId);
    audit.current().child(child).detail("question", "who has looked at this record");
    Long section = scope.sectionOf(caller);
    if (section != null && !section.equals(child.section().id())) {
      throw new ForbiddenException("You review the trail of your own section's records only.");
    }
    List<AuditEntry> looks =
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.childRef = :child AND e.action = :access ORDER BY e.occurredAt DESC, e.id DESC",
                AuditEntry.class)
            .setParameter("child", child.publicId())
            .setParameter("access", AuditAction.RECORD_ACCESS)
            .setMaxResults(MAX_EVENTS)
            .getResultList();
    // The section's own reviewers see every reason; an auditor sees a shielded child's reasons only
    // with a purpose.
    return events(looks, false, section).stream()
        .map(
            e -> {
              JsonObject detail = parse(e.detail());
              return new RecordLook(
                  e.occurredAt(),
                  e.username(),
                  e.fullName(),
                  e.organisation(),
                  e.roles(),
                  detail.getString("reason", null),
                  detail.getString("reasonText", null),
                  e.outcome());
            })
        .toList();
  }

  private void describe(AuditQuery query) {
    audit
        .current()
        .detail("username", query.username())
        .detail("childId", query.childId())
        .detail("action", query.action())
        .detail("from", query.from())
        .detail("to", query.to());
  }

  private List<AuditEntry> entries(AuditQuery query, int limit, Long section) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT e FROM AuditEntry e WHERE e.occurredAt >= :start AND e.occurredAt < :end");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(
        "start",
        OffsetDateTime.ofInstant(
            query.from().atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC));
    parameters.put(
        "end",
        OffsetDateTime.ofInstant(
            query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC));
    if (query.username() != null) {
      jpql.append(" AND e.actorUsername = :username");
      parameters.put("username", query.username());
    }
    if (query.childId() != null) {
      jpql.append(" AND e.childRef = :child");
      parameters.put("child", query.childId());
    }
    if (query.action() != null) {
      jpql.append(" AND e.action = :action");
      parameters.put("action", query.action());
    }
    if (section != null) {
      jpql.append(" AND (e.actorSectionId = :section OR e.subjectSectionId = :section)");
      parameters.put("section", section);
    }
    jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
    TypedQuery<AuditEntry> typed =
        em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
    parameters.forEach(typed::setParameter);
    return typed.getResultList();
  }

  /** {@code mySection}: the reviewer's section, null for auditors. */
  private List<AuditEvent> events(List<AuditEntry> entries, boolean purposeStated, Long mySection) {
    if (entries.isEmpty()) {
      return List.of();
    }
    Set<String> shieldedNow =
        uk.contactpoint.auditreview.control.ShieldedRecords.among(
            em, entries.stream().map(AuditEntry::childRef).toList());
    Set<Long> sensitiveOrganisations = new HashSet<>();
    List<Long> ids = entries.stream().map(AuditEntry::id).toList();
    Map<Long, String> details = new HashMap<>();
    Set<Long> purged = new HashSet<>();
    for (List<Long> chunk : chunks(ids)) {
      em.createQuery("SELECT d FROM AuditDetail d WHERE d.entryId IN :ids", AuditDetail.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(d -> details.put(d.entryId(), d.content()));
      purged.addAll(
          em.createQuery(
                  "SELECT p.entryId FROM AuditDetailPurge p WHERE p.entryId IN :ids", Long.class)
              .setParameter("ids", chunk)
              .getResultList());
    }
    Set<String> usernames =
        entries.stream()
            .map(AuditEntry::actorUsername)
            .filter(u -> u != null)
            .collect(Collectors.toSet());
    Map<String, UserAccount> people = new HashMap<>();
    for (List<String> chunk : chunks(List.copyOf(usernames))) {
      em.createQuery("SELECT a FROM UserAccount a WHERE a.username IN :names", UserAccount.class)
          .setParameter("names", chunk)
          .getResultList()
          .forEach(a -> people.put(a.username(), a));
    }
    Set<Long> organisationIds =
        entries.stream()
            .map(AuditEntry::actorOrganisationId)
            .filter(o -> o != null)
            .collect(Collectors.toSet());
    Map<Long, String> organisations = new HashMap<>();
    for (List<Long> chunk : chunks(List.copyOf(organisationIds))) {
      em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(
              o -> {
                organisations.put(o.id(), o.name());
                if (o.isSensitive()) {
                  sensitiveOrganisations.add(o.id());
                }
              });
    }
    return entries.stream()
        .map(
            e -> {
              UserAccount person = e.actorUsername() == null ? null : people.get(e.actorUsername());
              String detail =
                  details.containsKey(e.id())
                      ? details.get(e.id())
                      : purged.contains(e.id()) ? AuditEvent.PURGED : null;
              String organisation =
                  e.actorOrganisationId() == null
                      ? null
                      : organisations.get(e.actorOrganisationId());
              // Rules 5 and 6 hold in the trail too: outside the child's section's team, without a
              // stated
              // purpose, nothing of a shielded child's events and no sensitive service beside a
              // child.
              boolean team = mySection != null && mySection.equals(e.subjectSectionId());
              boolean shielded =
                  e.childRef() != null
                      && (e.subjectShielded() || shieldedNow.contains(e.childRef()));
              boolean sensitive =
                  e.childRef() != null && sensitiveOrganisations.contains(e.actorOrganisationId());
              if (!purposeStated && !team && (shielded || sensitive)) {
                detail = detail == null ? null : AuditEvent.WITHHELD;
                if (sensitive) {
                  organisation = AuditEvent.WITHHELD;
                }
              }
              return new AuditEvent(
                  e.id(),
                  e.occurredAt(),
                  e.action().name(),
                  e.outcome().name(),
                  e.actorUsername(),
                  person == null || person.practitioner() == null
                      ? null
                      : person.practitioner().fullName(),
                  e.actorRoles(),
                  organisation,
                  e.childRef(),
                  e.targetRef(),
                  e.clientAddress(),
                  detail);
            })
        .toList();
  }

  private static <T> List<List<T>> chunks(List<T> values) {
    int size = 500;
    return java.util.stream.IntStream.range(0, (values.size() + size - 1) / size)
        .mapToObj(i -> values.subList(i * size, Math.min(values.size(), (i + 1) * size)))
        .toList();
  }

  private static JsonObject parse(String detail) {
    if (detail == null || AuditEvent.PURGED.equals(detail) || AuditEvent.WITHHELD.equals(detail)) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(detail))) {
      return reader.readObject();
    }
  }
}
