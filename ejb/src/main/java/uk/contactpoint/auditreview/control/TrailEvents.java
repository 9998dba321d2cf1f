package uk.contactpoint.auditreview.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.enterprise.context.Dependent;
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
import java.util.stream.IntStream;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditDetail;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.organisation.entity.Organisation;

/**
 * The trail's entries as a reviewer reads them (DESIGN.md rule 4): found by a query, newest first,
 * and told with who acted, for which organisation, and the personal values of the detail row, or
 * that they were purged. Rules 5 and 6 hold in the trail too: outside the child's section's team,
 * without a stated purpose, nothing of a shielded child's events and no sensitive service beside a
 * child. Which section a reviewer reads (rule 9) is the caller's to say, through ReviewScope.
 */
@Dependent
public class TrailEvents {

  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;

  /**
   * The entries the query matches, at most {@code limit}; of the section's users and records only,
   * unless {@code section} is null (an auditor).
   */
  public List<AuditEntry> entries(AuditQuery query, int limit, Long section) {
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

  /** Every opening of the record, newest first, at most {@code limit}. */
  public List<AuditEntry> looksAt(String childRef, int limit) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.childRef = :child AND e.action = :access ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEntry.class)
        .setParameter("child", childRef)
        .setParameter("access", AuditAction.RECORD_ACCESS)
        .setMaxResults(limit)
        .getResultList();
  }

  /** {@code mySection}: the reviewer's section, null for auditors. */
  public List<AuditEvent> events(List<AuditEntry> entries, boolean purposeStated, Long mySection) {
    if (entries.isEmpty()) {
      return List.of();
    }
    Set<String> shieldedNow =
        ShieldedRecords.among(em, entries.stream().map(AuditEntry::childRef).toList());
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
              // stated purpose, nothing of a shielded child's events and no sensitive service
              // beside a child.
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

  /**
   * An event's personal values as JSON; empty when it has none, or they were purged or withheld.
   */
  public static JsonObject detailOf(AuditEvent event) {
    String detail = event.detail();
    if (detail == null || AuditEvent.PURGED.equals(detail) || AuditEvent.WITHHELD.equals(detail)) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(detail))) {
      return reader.readObject();
    }
  }

  private static <T> List<List<T>> chunks(List<T> values) {
    return IntStream.range(0, (values.size() + CHUNK - 1) / CHUNK)
        .mapToObj(i -> values.subList(i * CHUNK, Math.min(values.size(), (i + 1) * CHUNK)))
        .toList();
  }
}
