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
import uk.contactpoint.accounts.control.Accounts;
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
import uk.contactpoint.child.entity.ChildMerge;
import uk.contactpoint.child.entity.ChildTransfer;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.dataquality.entity.InaccuracyReport;
import uk.contactpoint.dataquality.entity.MatchCase;
import uk.contactpoint.feeds.control.FeedApplier;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.control.FeedWorker;
import uk.contactpoint.feeds.control.FeedDispatcher;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.FeedSource;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shielding.entity.Shield;

/**
 * The data-quality duty of a section's management team (rule 10): the records matching
 * held, side by side with their candidates and which fields agree; the team links a record to a
 * child or creates a new one. A case about a shielded child reaches only that child's team, and a
 * record created from it is shielded at once, so no feed re-creates a shielded child unshielded.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class DataQuality {

  /** The source of facts the team types in by hand: {@code TEAM-<section code>}. */
  private static final String TEAM_SOURCE_PREFIX = "TEAM-";

  private static final Logger LOG = Logger.getLogger(DataQuality.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject FeedApplier applier;
  @Inject uk.contactpoint.feeds.control.LinkLog links;
  @Inject AuditNotes audit;
  @jakarta.ejb.EJB AuditTrail trail;
  @jakarta.ejb.EJB FeedDispatcher dispatcher;
  @jakarta.ejb.EJB FeedWorker worker;
  @Inject uk.contactpoint.matching.control.NameFrequencyCache frequencies;
  @Inject MatchCandidates candidates;

  /** One side of the side-by-side view. */
  public record Person(String childId, String given, String family, List<String> former, LocalDate dateOfBirth, String gender,
      String postcode, String nhsNumber, List<String> parentsCarers, String localAuthority, boolean shielded) implements Serializable {}

  /** {@code why}: for the child an identifier named, why it was not linked (an identifier conflict); otherwise null. */
  public record Candidate(Person person, double weight, Map<String, String> fields, String why) implements Serializable {}

  public record CaseView(long id, String reason, boolean shielded, Instant openedAt, String source, String batchId, Person record,
      List<Candidate> candidates) implements Serializable {}

  public record Inaccuracy(long id, String childId, String childName, String fact, String note, String reporter, String organisation,
      Instant reportedAt) implements Serializable {}

  /**
   * One source's figures (rule 10): its records by outcome, how links were found, and the
   * rates the go-live gate and the dashboard read. The trial batch is counted on its own.
   */
  public record SourceQuality(String sourceCode, String status, String approvedBy, Instant approvedAt, int trialRecords,
      double trialSettledRate, long records, Map<String, Long> outcomes, Map<String, Long> linkedBy, double matchRate,
      double reviewRate, double rejectRate) implements Serializable {}

  public record MergeView(long id, String survivorId, String survivorName, String mergedId, String mergedName, String mergedBy,
      Instant mergedAt, Instant splitAt) implements Serializable {}

  public record Transfer(String childId, String name, String from, String to, String source, Instant at) implements Serializable {}

  /**
   * The open cases of the caller's section, oldest first. Each candidate shown is a look at a
   * child's record, audited as a record access with the data-quality purpose as its reason (so it
   * appears in "who has looked" and counts for the alert rules); another section's candidate is
   * shown only as far as deciding needs: name, birth date, gender, section and how its fields agree.
   */
  @Audited(AuditAction.MATCH_QUEUE_READ)
  public List<CaseView> openCases() {
    UserAccount me = me();
    return em.createQuery("SELECT m FROM MatchCase m WHERE m.section = :section AND m.status = :open ORDER BY m.openedAt",
            MatchCase.class)
        .setParameter("section", me.section())
        .setParameter("open", MatchCase.Status.OPEN)
        .getResultStream()
        .map(c -> view(c, me))
        .toList();
  }

  /** Practitioners' "report an inaccuracy" flags on the section's records, oldest first. */
  public List<Inaccuracy> inaccuracies() {
    return em.createQuery("SELECT r FROM InaccuracyReport r WHERE r.section = :section AND r.status = 'OPEN' ORDER BY r.reportedAt",
            InaccuracyReport.class)
        .setParameter("section", me().section())
        .getResultStream()
        .map(r -> new Inaccuracy(r.id(), r.child().publicId(), r.child().name().fullName(), r.fact().name(), r.note(),
            r.reporter().fullName(), r.reporter().organisation().name(), r.reportedAt()))
        .toList();
  }

  /** The fact was corrected at its source, or found right: the flag leaves the queue. */
  @Audited(AuditAction.INACCURACY_CLOSED)
  public void closeInaccuracy(long reportId) {
    InaccuracyReport report = em.find(InaccuracyReport.class, reportId);
    if (report == null || !scope.isOwn(me(), report.section())) {
      throw new NotFoundException("The report");
    }
    audit.current().child(report.child()).target("inaccuracy", reportId);
    report.close();
  }

  /**
   * Two records of one child: {@code duplicateId} retires into {@code survivorId}. Its
   * involvements move, its carers, school and GP fill gaps, its name stays searchable as a former
   * name, and a shield of either record ends on the one that stays. Reversible: see {@link #split}.
   */
  @Audited(AuditAction.RECORDS_MERGED)
  public long merge(String survivorId, String duplicateId, String reason) {
    Child survivor = children.get(survivorId);
    Child duplicate = children.get(duplicateId);
    audit.current().child(survivor).target("child", duplicateId).detail("reason", reason);
    Shield.requireReason("reason", reason);
    UserAccount me = me();
    for (Child child : List.of(survivor, duplicate)) {
      if (!scope.isOwn(me, child.section())) {
        throw new NotFoundException("The record");
      }
    }
    if (survivor.id().equals(duplicate.id())) {
      throw InvalidInputException.invalid("duplicateId", "Choose two different records");
    }
    Instant now = clock.instant();
    jakarta.json.JsonObjectBuilder moved = JSON.createObjectBuilder();
    jakarta.json.JsonArrayBuilder involvements = JSON.createArrayBuilder();
    for (var involvement : children.involvementsOf(duplicate)) {
      involvement.moveTo(survivor);
      involvements.add(involvement.id());
    }
    moved.add("involvements", involvements);
    if (!duplicate.name().equals(survivor.name()) && !survivor.formerNames().contains(duplicate.name())) {
      survivor.recordFormerName(duplicate.name());
      moved.add("formerGiven", duplicate.name().given()).add("formerFamily", duplicate.name().family());
    }
    var provenance = new uk.contactpoint.shared.entity.Provenance("MERGE", now);
    if (survivor.school().isEmpty() && duplicate.school().isPresent()) {
      survivor.registerAtSchool(duplicate.school().get().school(), duplicate.school().get().startDate(), provenance);
      moved.add("school", true);
    }
    if (survivor.gp().isEmpty() && duplicate.gp().isPresent()) {
      survivor.registerWithGp(duplicate.gp().get().surgery(), provenance);
      moved.add("gp", true);
    }
    List<uk.contactpoint.child.entity.ParentCarer> copied = new ArrayList<>();
    for (var carer : duplicate.parentsCarers()) {
      boolean known = survivor.parentsCarers().stream().anyMatch(p -> p.fullName().equalsIgnoreCase(carer.fullName()));
      if (!known) {
        copied.add(survivor.addParentCarer(carer.fullName(), carer.relationship(), carer.contact(), carer.address(), carer.provenance()));
      }
    }
    if (duplicate.isShielded() && !survivor.isShielded()) {
      Shield carried = activeShield(duplicate).orElseThrow();
      Shield shield = Shield.apply(survivor, carried.criterion(), "Carried over from a merged record: " + carried.reason(),
          futureOrDefault(carried.reviewOn()), me.username(), now, today());
      em.persist(shield);
      em.flush();
      moved.add("shield", shield.id());
    }
    duplicate.retireInto(survivor);
    em.flush();
    jakarta.json.JsonArrayBuilder carers = JSON.createArrayBuilder();
    copied.forEach(c -> carers.add(c.id()));
    moved.add("carers", carers);
    ChildMerge merge = new ChildMerge(survivor, duplicate, moved.build().toString(), me.username(), now);
    em.persist(merge);
    em.flush();
    LOG.info(() -> "Record " + duplicate.id() + " merged into " + survivor.id() + " (merge " + merge.id() + ")");
    return merge.id();
  }

  /**
   * A wrong merge is split: the merged record is found again with what it brought; a shield
   * either record had stays on both (a split never unshields a child).
   */
  @Audited(AuditAction.MERGE_SPLIT)
  public void split(long mergeId, String reason) {
    ChildMerge merge = em.find(ChildMerge.class, mergeId);
    UserAccount me = me();
    if (merge == null || !scope.isOwn(me, merge.survivor().section())) {
      throw new NotFoundException("The merge");
    }
    Shield.requireReason("reason", reason);
    Child survivor = merge.survivor();
    Child merged = merge.merged();
    audit.current().child(survivor).target("child", merged.publicId()).detail("reason", reason);
    merge.split(me.username(), clock.instant());
    JsonObject moved = JSON.createReader(new StringReader(merge.moved())).readObject();
    for (JsonValue id : moved.getJsonArray("involvements")) {
      var involvement = em.find(uk.contactpoint.involvement.entity.Involvement.class, ((jakarta.json.JsonNumber) id).longValue());
      if (involvement != null && involvement.child().id().equals(survivor.id())) {
        involvement.moveTo(merged);
      }
    }
    if (moved.containsKey("formerGiven")) {
      survivor.forgetFormerName(new uk.contactpoint.child.entity.PersonName(moved.getString("formerGiven"), moved.getString("formerFamily")));
    }
    if (moved.getBoolean("school", false) && survivor.school().isPresent() && merged.school().isPresent()
        && survivor.school().get().school().id().equals(merged.school().get().school().id())) {
      survivor.leaveSchool();
    }
    if (moved.getBoolean("gp", false) && survivor.gp().isPresent() && merged.gp().isPresent()
        && survivor.gp().get().surgery().id().equals(merged.gp().get().surgery().id())) {
      survivor.leaveGp();
    }
    for (JsonValue id : moved.getJsonArray("carers")) {
      long carerId = ((jakarta.json.JsonNumber) id).longValue();
      survivor.parentsCarers().stream().filter(c -> c.id().equals(carerId)).findFirst().ifPresent(survivor::removeParentCarer);
    }
    merged.returnFromMerge();
    if (survivor.isShielded() && !merged.isShielded()) {
      Shield kept = activeShield(survivor).orElseThrow();
      em.persist(Shield.apply(merged, kept.criterion(), "Kept when a merge was split: " + kept.reason(), futureOrDefault(kept.reviewOn()),
          me.username(), clock.instant(), today()));
    }
    LOG.info(() -> "Merge " + mergeId + " split");
  }

  /** The review date carried with a shield, or the default when it is already due. */
  private LocalDate futureOrDefault(LocalDate reviewOn) {
    return reviewOn != null && reviewOn.isAfter(today()) ? reviewOn : null;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Merges of the caller's section, newest first, for the team to check and, if wrong, split. */
  public List<MergeView> merges() {
    return em.createQuery("SELECT m FROM ChildMerge m WHERE m.survivor.section = :section ORDER BY m.mergedAt DESC", ChildMerge.class)
        .setParameter("section", me().section())
        .setMaxResults(100)
        .getResultStream()
        .map(m -> new MergeView(m.id(), m.survivor().publicId(), m.survivor().name().fullName(), m.merged().publicId(),
            m.merged().name().fullName(), m.mergedBy(), m.mergedAt(), m.splitAt().orElse(null)))
        .toList();
  }

  private Optional<Shield> activeShield(Child child) {
    return em.createQuery("SELECT s FROM Shield s WHERE s.child = :child AND s.removedAt IS NULL AND s.parentCarer IS NULL", Shield.class)
        .setParameter("child", child)
        .getResultStream()
        .findFirst();
  }

  /**
   * The quality of the sources the caller approves: their own section's (DESIGN.md rule 9); every
   * source, national ones included, for the national operator.
   */
  @RolesAllowed({Duty.DATA_QUALITY_ROLE, uk.contactpoint.accounts.entity.Role.ADMIN_NAME})
  public List<SourceQuality> sources() {
    Optional<uk.contactpoint.section.entity.LocalAuthoritySection> mine = scope.of(caller);
    Map<String, Map<String, Long>> outcomes = new java.util.TreeMap<>();
    Map<String, Map<String, Long>> linkedBy = new java.util.TreeMap<>();
    for (Object[] row : em.createQuery("SELECT b.sourceCode, r.outcome, r.matchedBy, COUNT(r) FROM ReceivedRecord r JOIN r.batch b"
        + " WHERE b.trial = FALSE AND r.outcome IS NOT NULL GROUP BY b.sourceCode, r.outcome, r.matchedBy", Object[].class).getResultList()) {
      String code = (String) row[0];
      long count = ((Number) row[3]).longValue();
      outcomes.computeIfAbsent(code, k -> new java.util.LinkedHashMap<>()).merge(((FeedOutcome) row[1]).word(), count, Long::sum);
      if (row[2] != null) {
        linkedBy.computeIfAbsent(code, k -> new java.util.LinkedHashMap<>()).merge((String) row[2], count, Long::sum);
      }
    }
    var query = em.createQuery("SELECT s FROM FeedSource s" + (mine.isPresent() ? " WHERE s.section = :section" : "")
        + " ORDER BY s.sourceCode", FeedSource.class);
    mine.ifPresent(section -> query.setParameter("section", section));
    return query.getResultStream()
        .map(source -> {
          Map<String, Long> counts = new java.util.LinkedHashMap<>();
          for (FeedOutcome outcome : FeedOutcome.values()) {
            counts.put(outcome.word(), outcomes.getOrDefault(source.sourceCode(), Map.of()).getOrDefault(outcome.word(), 0L));
          }
          long total = counts.values().stream().mapToLong(Long::longValue).sum();
          int trialRecords = source.trialBatch().map(FeedBatch::recordCount).orElse(0);
          return new SourceQuality(source.sourceCode(), source.status().name(), source.approvedBy().orElse(null),
              source.approvedAt().orElse(null), trialRecords, trialSettledRate(source), total, counts,
              linkedBy.getOrDefault(source.sourceCode(), Map.of()),
              rate(counts.get("updated") + counts.get("matched"), total), rate(counts.get("review"), total), rate(counts.get("rejected"), total));
        })
        .toList();
  }

  /** The go-live gate: the source's trial settled at least 95 % automatically; its trial and waiting batches are then applied. */
  @Audited(AuditAction.FEED_SOURCE_APPROVED)
  @RolesAllowed({Duty.DATA_QUALITY_ROLE, uk.contactpoint.accounts.entity.Role.ADMIN_NAME})
  public void approveSource(String sourceCode) {
    audit.current().target("feed-source", sourceCode);
    FeedSource source = feedSource(sourceCode);
    double rate = trialSettledRate(source);
    audit.current().detail("trialSettledRate", String.format(java.util.Locale.ROOT, "%.4f", rate));
    source.approve(rate, accounts.caller(caller.getCallerPrincipal()).username(), clock.instant());
    FeedBatch trial = source.trialBatch().orElseThrow();
    em.createQuery("SELECT r FROM ReceivedRecord r WHERE r.batch = :batch", ReceivedRecord.class).setParameter("batch", trial)
        .getResultList().forEach(ReceivedRecord::clearTrialOutcome);
    List<FeedBatch> released = new ArrayList<>(List.of(trial));
    released.addAll(em.createQuery("SELECT b FROM FeedBatch b WHERE b.sourceCode = :code AND b.status = :waiting ORDER BY b.id", FeedBatch.class)
        .setParameter("code", sourceCode).setParameter("waiting", FeedBatch.Status.WAITING).getResultList());
    for (FeedBatch batch : released) {
      batch.release();
      dispatcher.submitAfterCommit(batch.id());
    }
    LOG.info(() -> "Feed source " + sourceCode + " approved; " + released.size() + " batches released");
  }

  /** A failed trial: the source's next batch becomes its new trial. */
  @Audited(AuditAction.FEED_SOURCE_NEW_TRIAL)
  @RolesAllowed({Duty.DATA_QUALITY_ROLE, uk.contactpoint.accounts.entity.Role.ADMIN_NAME})
  public void newTrial(String sourceCode) {
    audit.current().target("feed-source", sourceCode);
    feedSource(sourceCode).newTrial();
  }

  /** A source the caller approves; another section's (or, for a section's team, a national one) answers 404. */
  private FeedSource feedSource(String sourceCode) {
    FeedSource source = em.createQuery("SELECT s FROM FeedSource s WHERE s.sourceCode = :code", FeedSource.class)
        .setParameter("code", sourceCode == null ? "" : sourceCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("The source"));
    scope.requireWithin(caller, source.section().orElse(null), "The source");
    return source;
  }

  /** The share of the trial's records that were linked or new without the team: the go-live measure. */
  private double trialSettledRate(FeedSource source) {
    return source.trialBatch().filter(b -> b.status() == FeedBatch.Status.DONE).map(batch -> {
      long settled = em.createQuery("SELECT COUNT(r) FROM ReceivedRecord r WHERE r.batch = :batch AND r.outcome IN :settled", Long.class)
          .setParameter("batch", batch)
          .setParameter("settled", List.of(FeedOutcome.CREATED, FeedOutcome.MATCHED, FeedOutcome.UPDATED))
          .getSingleResult();
      return rate(settled, batch.recordCount());
    }).orElse(0.0);
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
  }

  /** Children moved into or out of the caller's section (both teams see a move). */
  public List<Transfer> transfers() {
    UserAccount me = me();
    return em.createQuery("SELECT t FROM ChildTransfer t WHERE t.from = :section OR t.to = :section ORDER BY t.transferredAt DESC",
            ChildTransfer.class)
        .setParameter("section", me.section())
        .setMaxResults(200)
        .getResultStream()
        // A shielded child's move is its own team's business: the other team sees that a record moved, not whose.
        .map(t -> new Transfer(t.child().isShielded() && !t.to().id().equals(me.section().id()) ? null : t.child().publicId(),
            t.child().isShielded() && !t.to().id().equals(me.section().id()) ? "A shielded record" : t.child().name().fullName(),
            t.from().name(), t.to().name(), t.source(), t.transferredAt()))
        .toList();
  }

  /** What became of a record the team typed in: a new child, or a case in the queue (a resemblance, a shield). */
  public record Created(String outcome, String childId, Long caseId, List<String> errors) {}

  /**
   * A record the team creates by hand (rule 10): the feed's record shape, the same
   * validation, duplicate and shield checks. Its facts carry the source {@code TEAM-<section>}.
   * It belongs to the team's own section (DESIGN.md rule 9): without a {@code localAuthority} it
   * is given the team's, and another authority's code is refused.
   */
  @Audited(AuditAction.RECORD_CREATED)
  public Created createRecord(String recordJson) {
    UserAccount me = me();
    Instant now = clock.instant();
    String source = TEAM_SOURCE_PREFIX + me.section().code();
    FeedBatch batch = new FeedBatch(source, "manual-" + java.util.UUID.randomUUID(), "manual", 1, now);
    em.persist(batch);
    ReceivedRecord received = new ReceivedRecord(batch, 0, null, inMySection(recordJson, me));
    em.persist(received);
    FeedOutcome outcome = worker.applyManual(received);
    batch.finish(now);
    if (outcome == FeedOutcome.REJECTED) {
      throw InvalidInputException.invalid(received.errors().stream().map(line -> {
        int colon = line.indexOf(": ");
        return new uk.contactpoint.shared.error.FieldError(colon < 0 ? "record" : line.substring(0, colon),
            colon < 0 ? line : line.substring(colon + 2));
      }).toList());
    }
    em.flush();
    if (outcome == FeedOutcome.REVIEW) {
      Long caseId = em.createQuery("SELECT m.id FROM MatchCase m WHERE m.record = :record", Long.class).setParameter("record", received)
          .getSingleResult();
      audit.current().target("match-case", caseId);
      return new Created("review", null, caseId, List.of());
    }
    Child child = received.child().orElseThrow();
    audit.current().child(child);
    return new Created("created", child.publicId(), null, List.of());
  }

  /** A record typed in is for the team's own section (the screen's form leaves the authority out). */
  private static String inMySection(String recordJson, UserAccount me) {
    if (recordJson == null || recordJson.isBlank()) {
      return "{}";
    }
    JsonObject record;
    try {
      record = JSON.createReader(new StringReader(recordJson)).readObject();
    } catch (RuntimeException unreadable) {
      // Not an object, not JSON, or nested too deeply: the feed's binding reports it, field by field.
      return recordJson;
    }
    if (!record.containsKey("localAuthority")) {
      return JSON.createObjectBuilder(record).add("localAuthority", me.section().code()).build().toString();
    }
    JsonValue named = record.get("localAuthority");
    if (named.getValueType() == JsonValue.ValueType.STRING
        && !me.section().code().equalsIgnoreCase(((jakarta.json.JsonString) named).getString().strip())) {
      throw InvalidInputException.invalid("localAuthority",
          "must be your own local authority (" + me.section().code() + "): a record the team types in belongs to its section");
    }
    return recordJson;
  }

  /** What the team changes by hand; an absent field stays as it is. */
  public record Amendment(String given, String family, LocalDate dateOfBirth, uk.contactpoint.child.entity.Gender gender,
      FeedRecord.AddressIn address, boolean confirmed) {}

  /**
   * The team corrects a record by hand (rule 10) and the same duplicate and shield checks
   * run: if the corrected record now resembles another child (a weight the queue would hold) or a
   * shielded child, nothing is changed and the answer names the records to look at first, unless
   * the team confirms. Before and after go to the trail.
   */
  @Audited(AuditAction.RECORD_AMENDED)
  public List<String> amend(String childId, Amendment amendment) {
    Child child = children.get(childId);
    if (!scope.isOwn(me(), child.section())) {
      throw new NotFoundException("The record");
    }
    List<uk.contactpoint.shared.error.FieldError> badNames = new ArrayList<>();
    // The names rule every way in shares (a feed's and a typed record's too): checked before anything changes.
    if (amendment.given() != null) {
      uk.contactpoint.child.entity.PersonName.problemWith(amendment.given())
          .ifPresent(problem -> badNames.add(new uk.contactpoint.shared.error.FieldError("given", problem)));
    }
    if (amendment.family() != null) {
      uk.contactpoint.child.entity.PersonName.problemWith(amendment.family())
          .ifPresent(problem -> badNames.add(new uk.contactpoint.shared.error.FieldError("family", problem)));
    }
    if (!badNames.isEmpty()) {
      throw InvalidInputException.invalid(badNames);
    }
    Map<String, Object> before = facts(child);
    var provenance = new uk.contactpoint.shared.entity.Provenance(TEAM_SOURCE_PREFIX + child.section().code(), clock.instant());
    try {
      if (amendment.given() != null || amendment.family() != null) {
        child.rename(new uk.contactpoint.child.entity.PersonName(amendment.given() != null ? amendment.given() : child.name().given(),
            amendment.family() != null ? amendment.family() : child.name().family()), provenance);
      }
      child.correctCore(amendment.dateOfBirth(), amendment.gender(), provenance);
      if (amendment.address() != null) {
        child.moveTo(FeedApplier.addressOf(amendment.address()), provenance);
      }
    } catch (IllegalArgumentException | NullPointerException invalid) {
      throw InvalidInputException.invalid("amendment", invalid.getMessage() == null ? "is not a valid change" : invalid.getMessage());
    }
    audit.current().child(child).change(before, facts(child));
    MatchPerson now = MatchCandidates.personOf(child);
    List<String> alike = candidates.inBlocks(MatchBlocking.of(now)).stream()
        .filter(other -> !other.id().equals(child.id()))
        .filter(other -> {
          MatchScorer.Comparison comparison = MatchScorer.compare(now, MatchCandidates.personOf(other), frequencies);
          // A shielded child born that day is named if the given name is not another one, as feeds hold such records (a block
          // now meets every child born that day in the district, whatever the names).
          return comparison.weight() >= MatchDecider.REVIEW || other.isShielded() && other.birthDate().equals(child.birthDate())
              && comparison.fields().get("given") != uk.contactpoint.matching.control.Agreement.DISAGREE;
        })
        .map(Child::publicId)
        .toList();
    if (!alike.isEmpty() && !amendment.confirmed()) {
      throw new uk.contactpoint.shared.error.ConflictException("After this change the record resembles " + alike.size()
          + " other record(s): " + String.join(", ", alike) + ". Check them (merge if they are one child), or confirm the change.");
    }
    audit.current().detail("resembles", alike);
    return alike;
  }

  private static Map<String, Object> facts(Child child) {
    Map<String, Object> facts = new java.util.LinkedHashMap<>();
    facts.put("name", child.name().fullName());
    facts.put("dateOfBirth", child.birthDate().toString());
    facts.put("gender", child.gender().name());
    facts.put("address", String.join(", ", child.address().lines()) + child.address().postcode().map(p -> " " + p).orElse(""));
    return facts;
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
    if (!mine && (child.isShielded() || child.hasNewIdentity() || children.livesWithAShieldedCarer(child)
        || child.parentsCarers().stream().anyMatch(uk.contactpoint.child.entity.ParentCarer::isShielded)
        || received.batch().sourceCode().startsWith(TEAM_SOURCE_PREFIX))) {
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

  /** The held record is a child ContactPoint does not hold yet; from a shielded case, the new record is shielded too. */
  @Audited(AuditAction.MATCH_CASE_DECIDED)
  public String createNew(long caseId) {
    MatchCase matchCase = openCaseOfMySection(caseId);
    ReceivedRecord received = matchCase.record();
    Child child = applier.create(recordOf(received), received.batch().sourceCode(), received.batch().receivedAt());
    audit.current().child(child).detail("decision", "new").detail("case", caseId);
    if (matchCase.isShielded()) {
      Optional<Shield> candidateShield = shieldOfACandidate(matchCase);
      em.persist(Shield.apply(child, candidateShield.map(Shield::criterion).orElse(uk.contactpoint.shielding.entity.ShieldCriterion.OTHER),
          "Created from a feed record held because it met a shielded record (case " + caseId + "); review with that shield",
          null, me().username(), clock.instant(), LocalDate.now(clock)));
    }
    received.applied(FeedOutcome.CREATED, child, clock.instant());
    matchCase.decide(MatchCase.Status.CREATED, child, me().username(), clock.instant());
    LOG.info(() -> "Match case " + caseId + " made new record " + child.id());
    return child.publicId();
  }

  private Optional<Shield> shieldOfACandidate(MatchCase matchCase) {
    for (JsonValue value : JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
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
    Person side = new Person(null, record.name().given(), record.name().family(), record.formerNames(), record.dateOfBirth(),
        record.gender().name(), record.address().postcode(), record.nhsNumber(), incoming.carerNames(), record.localAuthority(), false);
    List<Candidate> candidates = new ArrayList<>();
    for (JsonValue value : JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
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
      MatchScorer.Comparison comparison = MatchScorer.compare(incoming, MatchCandidates.personOf(child), frequencies);
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      comparison.fields().forEach((field, agreement) -> fields.put(field, agreement.name()));
      boolean ours = scope.isOwn(me, child.section());
      candidates.add(new Candidate(ours
          ? new Person(child.publicId(), child.name().given(), child.name().family(),
              child.formerNames().stream().map(n -> n.fullName()).toList(), child.birthDate(), child.gender().name(),
              child.address().postcode().orElse(null), child.identifier(IdentifierType.NHS_NUMBER, "NHS").orElse(null),
              child.parentsCarers().stream().map(uk.contactpoint.child.entity.ParentCarer::fullName).toList(),
              child.section().code(), child.isShielded())
          : new Person(child.publicId(), child.name().given(), child.name().family(), List.of(), child.birthDate(),
              child.gender().name(), null, null, List.of(), child.section().code(), false),
          comparison.weight(), fields, why));
      trail.record(new AuditNote(AuditAction.RECORD_ACCESS).child(child).detail("reason", "DATA_QUALITY_CASE")
          .detail("case", matchCase.id()), AuditOutcome.SUCCESS);
    }
    return new CaseView(matchCase.id(), matchCase.reason().name(), matchCase.isShielded(), matchCase.openedAt(),
        received.batch().sourceCode(), received.batch().batchRef(), side, candidates);
  }

  private static Set<String> candidateIds(MatchCase matchCase) {
    Set<String> ids = new java.util.HashSet<>();
    for (JsonValue value : JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
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

  private UserAccount me() {
    UserAccount me = accounts.caller(caller.getCallerPrincipal());
    if (me.section() == null) {
      throw new ForbiddenException("The data-quality duty belongs to a section's team.");
    }
    return me;
  }
}
