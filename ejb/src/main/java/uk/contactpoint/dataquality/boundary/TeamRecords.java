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
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.dataquality.control.DataQualityTeam;
import uk.contactpoint.feeds.control.FeedApplier;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.control.FeedWorker;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Records the section's data-quality team types in or corrects by hand. They go through the checks
 * a feed's records do (validation, duplicates, shields), so a record made by hand is never a way
 * around them.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class TeamRecords {

  /** The source of facts the team types in by hand: {@code TEAM-<section code>}. */
  static final String TEAM_SOURCE_PREFIX = "TEAM-";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject DataQualityTeam team;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Children children;
  @Inject AuditNotes audit;
  @jakarta.ejb.EJB FeedWorker worker;
  @Inject uk.contactpoint.matching.control.NameFrequencyCache frequencies;
  @Inject MatchCandidates candidates;

  /**
   * What became of a record the team typed in: a new child, or a case in the queue (a resemblance,
   * a shield).
   */
  public record Created(String outcome, String childId, Long caseId, List<String> errors) {}

  /**
   * A record the team creates by hand (rule 10): the feed's record shape, the same validation,
   * duplicate and shield checks. Its facts carry the source {@code TEAM-<section>}. It belongs to
   * the team's own section (DESIGN.md rule 9): without a {@code localAuthority} it is given the
   * team's, and another authority's code is refused.
   */
  @Audited(AuditAction.RECORD_CREATED)
  public Created createRecord(String recordJson) {
    UserAccount me = me();
    Instant now = clock.instant();
    String source = TEAM_SOURCE_PREFIX + me.section().code();
    FeedBatch batch =
        new FeedBatch(source, "manual-" + java.util.UUID.randomUUID(), "manual", 1, now);
    em.persist(batch);
    ReceivedRecord received = new ReceivedRecord(batch, 0, null, inMySection(recordJson, me));
    em.persist(received);
    FeedOutcome outcome = worker.applyManual(received);
    batch.finish(now);
    if (outcome == FeedOutcome.REJECTED) {
      throw InvalidInputException.invalid(
          received.errors().stream()
              .map(
                  line -> {
                    int colon = line.indexOf(": ");
                    return new uk.contactpoint.shared.error.FieldError(
                        colon < 0 ? "record" : line.substring(0, colon),
                        colon < 0 ? line : line.substring(colon + 2));
                  })
              .toList());
    }
    em.flush();
    if (outcome == FeedOutcome.REVIEW) {
      Long caseId =
          em.createQuery("SELECT m.id FROM MatchCase m WHERE m.record = :record", Long.class)
              .setParameter("record", received)
              .getSingleResult();
      audit.current().target("match-case", caseId);
      return new Created("review", null, caseId, List.of());
    }
    Child child = received.child().orElseThrow();
    audit.current().child(child);
    return new Created("created", child.publicId(), null, List.of());
  }

  /**
   * A record typed in is for the team's own section (the screen's form leaves the authority out).
   */
  private static String inMySection(String recordJson, UserAccount me) {
    if (recordJson == null || recordJson.isBlank()) {
      return "{}";
    }
    JsonObject record;
    try {
      record = JSON.createReader(new StringReader(recordJson)).readObject();
    } catch (RuntimeException unreadable) {
      // Not an object, not JSON, or nested too deeply: the feed's binding reports it, field by
      // field.
      return recordJson;
    }
    if (!record.containsKey("localAuthority")) {
      return JSON.createObjectBuilder(record)
          .add("localAuthority", me.section().code())
          .build()
          .toString();
    }
    JsonValue named = record.get("localAuthority");
    if (named.getValueType() == JsonValue.ValueType.STRING
        && !me.section()
            .code()
            .equalsIgnoreCase(((jakarta.json.JsonString) named).getString().strip())) {
      throw InvalidInputException.invalid(
          "localAuthority",
          "must be your own local authority ("
              + me.section().code()
              + "): a record the team types in belongs to its section");
    }
    return recordJson;
  }

  /** What the team changes by hand; an absent field stays as it is. */
  public record Amendment(
      String given,
      String family,
      LocalDate dateOfBirth,
      uk.contactpoint.child.entity.Gender gender,
      FeedRecord.AddressIn address,
      boolean confirmed) {}

  /**
   * The team corrects a record by hand (rule 10) and the same duplicate and shield checks run: if
   * the corrected record now resembles another child (a weight the queue would hold) or a shielded
   * child, nothing is changed and the answer names the records to look at first, unless the team
   * confirms. Before and after go to the trail.
   */
  @Audited(AuditAction.RECORD_AMENDED)
  public List<String> amend(String childId, Amendment amendment) {
    Child child = children.get(childId);
    if (!scope.isOwn(me(), child.section())) {
      throw new NotFoundException("The record");
    }
    List<uk.contactpoint.shared.error.FieldError> badNames = new ArrayList<>();
    // The names rule every way in shares (a feed's and a typed record's too): checked before
    // anything changes.
    if (amendment.given() != null) {
      uk.contactpoint.child.entity.PersonName.problemWith(amendment.given())
          .ifPresent(
              problem ->
                  badNames.add(new uk.contactpoint.shared.error.FieldError("given", problem)));
    }
    if (amendment.family() != null) {
      uk.contactpoint.child.entity.PersonName.problemWith(amendment.family())
          .ifPresent(
              problem ->
                  badNames.add(new uk.contactpoint.shared.error.FieldError("family", problem)));
    }
    if (!badNames.isEmpty()) {
      throw InvalidInputException.invalid(badNames);
    }
    Map<String, Object> before = facts(child);
    var provenance =
        new uk.contactpoint.shared.entity.Provenance(
            TEAM_SOURCE_PREFIX + child.section().code(), clock.instant());
    try {
      if (amendment.given() != null || amendment.family() != null) {
        child.rename(
            new uk.contactpoint.child.entity.PersonName(
                amendment.given() != null ? amendment.given() : child.name().given(),
                amendment.family() != null ? amendment.family() : child.name().family()),
            provenance);
      }
      child.correctCore(amendment.dateOfBirth(), amendment.gender(), provenance);
      if (amendment.address() != null) {
        child.moveTo(FeedApplier.addressOf(amendment.address()), provenance);
      }
    } catch (IllegalArgumentException | NullPointerException invalid) {
      throw InvalidInputException.invalid(
          "amendment",
          invalid.getMessage() == null ? "is not a valid change" : invalid.getMessage());
    }
    audit.current().child(child).change(before, facts(child));
    MatchPerson now = MatchPerson.of(child);
    List<String> alike =
        candidates.inBlocks(MatchBlocking.of(now)).stream()
            .filter(other -> !other.id().equals(child.id()))
            .filter(
                other -> {
                  MatchScorer.Comparison comparison =
                      MatchScorer.compare(now, MatchPerson.of(other), frequencies);
                  // A shielded child born that day is named if the given name is not another one,
                  // as feeds hold such records (a block
                  // now meets every child born that day in the district, whatever the names).
                  return comparison.weight() >= MatchDecider.REVIEW
                      || other.isShielded()
                          && other.birthDate().equals(child.birthDate())
                          && comparison.fields().get("given")
                              != uk.contactpoint.matching.control.Agreement.DISAGREE;
                })
            .map(Child::publicId)
            .toList();
    if (!alike.isEmpty() && !amendment.confirmed()) {
      throw new uk.contactpoint.shared.error.ConflictException(
          "After this change the record resembles "
              + alike.size()
              + " other record(s): "
              + String.join(", ", alike)
              + ". Check them (merge if they are one child), or confirm the change.");
    }
    audit.current().detail("resembles", alike);
    return alike;
  }

  private static Map<String, Object> facts(Child child) {
    Map<String, Object> facts = new java.util.LinkedHashMap<>();
    facts.put("name", child.name().fullName());
    facts.put("dateOfBirth", child.birthDate().toString());
    facts.put("gender", child.gender().name());
    facts.put(
        "address",
        String.join(", ", child.address().lines())
            + child.address().postcode().map(p -> " " + p).orElse(""));
    return facts;
  }

  private UserAccount me() {
    return team.member(caller);
  }
}
