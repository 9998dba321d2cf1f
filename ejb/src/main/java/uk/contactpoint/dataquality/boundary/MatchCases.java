package uk.contactpoint.dataquality.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.dataquality.control.DataQualityTeam;
import uk.contactpoint.feeds.control.FeedApplier;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.MatchCase;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shielding.entity.Shield;

/**
 * The data-quality duty's queue of cases (rule 10): the records matching held, side by side with
 * their candidates and which fields agree; the section's team links a record to a child or creates
 * a new one. A case about a shielded child reaches only that child's team, and a record created
 * from it is shielded at once, so no feed re-creates a shielded child unshielded.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class MatchCases {

  private static final Logger LOG = Logger.getLogger(MatchCases.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject DataQualityTeam team;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Children children;
  @Inject FeedApplier applier;
  @Inject uk.contactpoint.feeds.control.LinkLog links;
  @Inject AuditNotes audit;
  @jakarta.ejb.EJB AuditTrail trail;
  @Inject uk.contactpoint.matching.control.NameFrequencyCache frequencies;

  /** One side of the side-by-side view. */
  public record Person(
      String childId,
      String given,
      String family,
      List<String> former,
      LocalDate dateOfBirth,
      String gender,
      String postcode,
      String nhsNumber,
      List<String> parentsCarers,
      String localAuthority,
      boolean shielded)
      implements Serializable {}

  /**
   * {@code why}: for the child an identifier named, why it was not linked (an identifier conflict);
   * otherwise null.
   */
  public record Candidate(Person person, double weight, Map<String, String> fields, String why)
      implements Serializable {}

  public record CaseView(
      long id,
      String reason,
      boolean shielded,
      Instant openedAt,
      String source,
      String batchId,
      Person record,
      List<Candidate> candidates)
      implements Serializable {}

  /**
   * The open cases of the caller's section, oldest first. Each candidate shown is a look at a
   * child's record, audited as a record access with the data-quality purpose as its reason (so it
   * appears in "who has looked" and counts for the alert rules); another section's candidate is
   * shown only as far as deciding needs: name, birth date, gender, section and how its fields
   * agree.
   */
  @Audited(AuditAction.MATCH_QUEUE_READ)
  public List<CaseView> openCases() {
    UserAccount me = me();
    return em.createQuery(
            "SELECT m FROM MatchCase m WHERE m.section = :section AND m.status = :open ORDER BY m.openedAt",
            MatchCase.class)
        .setParameter("section", me.section())
        .setParameter("open", MatchCase.Status.OPEN)
        .getResultStream()
        .map(c -> view(c, me))
        .toList();
  }

  /** The held record is this child: its facts are applied as a feed's would be. */
  @Audited(AuditAction.MATCH_CASE_DECIDED)
  public String link(long caseId, String childId) {
    MatchCase matchCase = openCaseOfMySection(caseId);
    audit.current().detail("decision", "link").detail("case", caseId);
    // Only a record the matcher put beside the held one may receive its facts: a link renames,
    // re-addresses and may move the child into this section (DESIGN.md rule 9), so an arbitrary
    // child of another authority must not be reachable through it. Anything else answers 404.
    if (!candidateIds(matchCase).contains(childId)) {
      throw new NotFoundException("The record");
    }
    Child child = children.get(childId);
    audit.current().child(child);
    ReceivedRecord received = matchCase.record();
    boolean mine = scope.isOwn(me(), child.section());
    if (!mine
        && (child.isShielded()
            || child.hasNewIdentity()
            || children.livesWithAShieldedCarer(child)
            || child.parentsCarers().stream()
                .anyMatch(uk.contactpoint.child.entity.ParentCarer::isShielded)
            || received.batch().sourceCode().startsWith(TeamRecords.TEAM_SOURCE_PREFIX))) {
      // Another section's protected record stays with its own team; and a record this team typed
      // in belongs to this team's section, so it cannot pull another authority's child across.
      throw new NotFoundException("The record");
    }
    FeedRecord record = recordOf(received);
    boolean changed = links.link(child, record, received, me().username(), clock.instant());
    received.applied(changed ? FeedOutcome.UPDATED : FeedOutcome.MATCHED, child, clock.instant());
    matchCase.decide(MatchCase.Status.LINKED, child, me().username(), clock.instant());
    LOG.info(() -> "Match case " + caseId + " linked to record " + child.id());
    return child.publicId();
  }

  /**
   * The held record is a child ContactPoint does not hold yet; from a shielded case, the new record
   * is shielded too.
   */
  @Audited(AuditAction.MATCH_CASE_DECIDED)
  public String createNew(long caseId) {
    MatchCase matchCase = openCaseOfMySection(caseId);
    ReceivedRecord received = matchCase.record();
    Child child =
        applier.create(
            recordOf(received), received.batch().sourceCode(), received.batch().receivedAt());
    audit.current().child(child).detail("decision", "new").detail("case", caseId);
    if (matchCase.isShielded()) {
      Optional<Shield> candidateShield = shieldOfACandidate(matchCase);
      em.persist(
          Shield.apply(
              child,
              candidateShield
                  .map(Shield::criterion)
                  .orElse(uk.contactpoint.shielding.entity.ShieldCriterion.OTHER),
              "Created from a feed record held because it met a shielded record (case "
                  + caseId
                  + "); review with that shield",
              null,
              me().username(),
              clock.instant(),
              LocalDate.now(clock)));
    }
    received.applied(FeedOutcome.CREATED, child, clock.instant());
    matchCase.decide(MatchCase.Status.CREATED, child, me().username(), clock.instant());
    LOG.info(() -> "Match case " + caseId + " made new record " + child.id());
    return child.publicId();
  }

  private Optional<Shield> shieldOfACandidate(MatchCase matchCase) {
    for (JsonValue value :
        JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
      JsonObject candidate = value.asJsonObject();
      if (candidate.getBoolean("shielded", false)) {
        return activeShield(children.get(candidate.getString("childId")));
      }
    }
    return Optional.empty();
  }

  private CaseView view(MatchCase matchCase, UserAccount me) {
    ReceivedRecord received = matchCase.record();
    FeedRecord record = recordOf(received);
    MatchPerson incoming = record.person();
    Person side =
        new Person(
            null,
            record.name().given(),
            record.name().family(),
            record.formerNames(),
            record.dateOfBirth(),
            record.gender().name(),
            record.address().postcode(),
            record.nhsNumber(),
            incoming.carerNames(),
            record.localAuthority(),
            false);
    List<Candidate> candidates = new ArrayList<>();
    for (JsonValue value :
        JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
      String childId = value.asJsonObject().getString("childId");
      String why = value.asJsonObject().getString("why", null);
      Child child;
      try {
        child = children.get(childId);
      } catch (NotFoundException gone) {
        continue;
      }
      // Another section's shielded child is never shown outside its team.
      if (child.isShielded() && !scope.isOwn(me, child.section())) {
        continue;
      }
      MatchScorer.Comparison comparison =
          MatchScorer.compare(incoming, MatchCandidates.personOf(child), frequencies);
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      comparison.fields().forEach((field, agreement) -> fields.put(field, agreement.name()));
      boolean ours = scope.isOwn(me, child.section());
      candidates.add(
          new Candidate(
              ours
                  ? new Person(
                      child.publicId(),
                      child.name().given(),
                      child.name().family(),
                      child.formerNames().stream().map(n -> n.fullName()).toList(),
                      child.birthDate(),
                      child.gender().name(),
                      child.address().postcode().orElse(null),
                      child.identifier(IdentifierType.NHS_NUMBER, "NHS").orElse(null),
                      child.parentsCarers().stream()
                          .map(uk.contactpoint.child.entity.ParentCarer::fullName)
                          .toList(),
                      child.section().code(),
                      child.isShielded())
                  : new Person(
                      child.publicId(),
                      child.name().given(),
                      child.name().family(),
                      List.of(),
                      child.birthDate(),
                      child.gender().name(),
                      null,
                      null,
                      List.of(),
                      child.section().code(),
                      false),
              comparison.weight(),
              fields,
              why));
      trail.record(
          new AuditNote(AuditAction.RECORD_ACCESS)
              .child(child)
              .detail("reason", "DATA_QUALITY_CASE")
              .detail("case", matchCase.id()),
          AuditOutcome.SUCCESS);
    }
    return new CaseView(
        matchCase.id(),
        matchCase.reason().name(),
        matchCase.isShielded(),
        matchCase.openedAt(),
        received.batch().sourceCode(),
        received.batch().batchRef(),
        side,
        candidates);
  }

  private static Set<String> candidateIds(MatchCase matchCase) {
    Set<String> ids = new java.util.HashSet<>();
    for (JsonValue value :
        JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
      ids.add(value.asJsonObject().getString("childId"));
    }
    return ids;
  }

  private MatchCase openCaseOfMySection(long caseId) {
    MatchCase matchCase = em.find(MatchCase.class, caseId);
    if (matchCase == null || !scope.isOwn(me(), matchCase.section())) {
      throw new NotFoundException("The case");
    }
    if (matchCase.status() != MatchCase.Status.OPEN) {
      throw new uk.contactpoint.shared.error.ConflictException("This case was decided already.");
    }
    return matchCase;
  }

  private static FeedRecord recordOf(ReceivedRecord received) {
    try {
      return FeedRecord.bind(received.content());
    } catch (InvalidInputException unreadable) {
      throw new IllegalStateException("Held feed record " + received.id() + " no longer binds");
    }
  }

  private Optional<Shield> activeShield(Child child) {
    return em.createQuery(
            "SELECT s FROM Shield s WHERE s.child = :child AND s.removedAt IS NULL AND s.parentCarer IS NULL",
            Shield.class)
        .setParameter("child", child)
        .getResultStream()
        .findFirst();
  }

  private UserAccount me() {
    return team.member(caller);
  }
}
