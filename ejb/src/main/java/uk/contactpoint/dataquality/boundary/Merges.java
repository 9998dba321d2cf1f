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
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ChildMerge;
import uk.contactpoint.dataquality.control.DataQualityTeam;
import uk.contactpoint.involvement.control.ChildInvolvements;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shielding.entity.Shield;

/**
 * Two records of one child merged by the section's data-quality team, and a wrong merge split
 * exactly, so the queue's decisions stay reversible. A shield of either record survives both: a
 * merge never leaves a shielded child unshielded, nor does a split.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class Merges {

  private static final Logger LOG = Logger.getLogger(Merges.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject DataQualityTeam team;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Children children;
  @Inject ChildInvolvements childInvolvements;
  @Inject AuditNotes audit;

  public record MergeView(
      long id,
      String survivorId,
      String survivorName,
      String mergedId,
      String mergedName,
      String mergedBy,
      Instant mergedAt,
      Instant splitAt)
      implements Serializable {}

  /**
   * Two records of one child: {@code duplicateId} retires into {@code survivorId}. Its involvements
   * move, its carers, school and GP fill gaps, its name stays searchable as a former name, and a
   * shield of either record ends on the one that stays. Reversible: see {@link #split}.
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
    for (var involvement : childInvolvements.of(duplicate)) {
      involvement.moveTo(survivor);
      involvements.add(involvement.id());
    }
    moved.add("involvements", involvements);
    if (!duplicate.name().equals(survivor.name())
        && !survivor.formerNames().contains(duplicate.name())) {
      survivor.recordFormerName(duplicate.name());
      moved
          .add("formerGiven", duplicate.name().given())
          .add("formerFamily", duplicate.name().family());
    }
    var provenance = new uk.contactpoint.shared.entity.Provenance("MERGE", now);
    if (survivor.school().isEmpty() && duplicate.school().isPresent()) {
      survivor.registerAtSchool(
          duplicate.school().get().school(), duplicate.school().get().startDate(), provenance);
      moved.add("school", true);
    }
    if (survivor.gp().isEmpty() && duplicate.gp().isPresent()) {
      survivor.registerWithGp(duplicate.gp().get().surgery(), provenance);
      moved.add("gp", true);
    }
    List<uk.contactpoint.child.entity.ParentCarer> copied = new ArrayList<>();
    for (var carer : duplicate.parentsCarers()) {
      boolean known =
          survivor.parentsCarers().stream()
              .anyMatch(p -> p.fullName().equalsIgnoreCase(carer.fullName()));
      if (!known) {
        copied.add(
            survivor.addParentCarer(
                carer.fullName(),
                carer.relationship(),
                carer.contact(),
                carer.address(),
                carer.provenance()));
      }
    }
    if (duplicate.isShielded() && !survivor.isShielded()) {
      Shield carried = activeShield(duplicate).orElseThrow();
      Shield shield =
          Shield.apply(
              survivor,
              carried.criterion(),
              "Carried over from a merged record: " + carried.reason(),
              futureOrDefault(carried.reviewOn()),
              me.username(),
              now,
              today());
      em.persist(shield);
      em.flush();
      moved.add("shield", shield.id());
    }
    duplicate.retireInto(survivor);
    em.flush();
    jakarta.json.JsonArrayBuilder carers = JSON.createArrayBuilder();
    copied.forEach(c -> carers.add(c.id()));
    moved.add("carers", carers);
    ChildMerge merge =
        new ChildMerge(survivor, duplicate, moved.build().toString(), me.username(), now);
    em.persist(merge);
    em.flush();
    LOG.info(
        () ->
            "Record "
                + duplicate.id()
                + " merged into "
                + survivor.id()
                + " (merge "
                + merge.id()
                + ")");
    return merge.id();
  }

  /**
   * A wrong merge is split: the merged record is found again with what it brought; a shield either
   * record had stays on both (a split never unshields a child).
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
      var involvement =
          em.find(
              uk.contactpoint.involvement.entity.Involvement.class,
              ((jakarta.json.JsonNumber) id).longValue());
      if (involvement != null && involvement.child().id().equals(survivor.id())) {
        involvement.moveTo(merged);
      }
    }
    if (moved.containsKey("formerGiven")) {
      survivor.forgetFormerName(
          new uk.contactpoint.child.entity.PersonName(
              moved.getString("formerGiven"), moved.getString("formerFamily")));
    }
    if (moved.getBoolean("school", false)
        && survivor.school().isPresent()
        && merged.school().isPresent()
        && survivor.school().get().school().id().equals(merged.school().get().school().id())) {
      survivor.leaveSchool();
    }
    if (moved.getBoolean("gp", false)
        && survivor.gp().isPresent()
        && merged.gp().isPresent()
        && survivor.gp().get().surgery().id().equals(merged.gp().get().surgery().id())) {
      survivor.leaveGp();
    }
    for (JsonValue id : moved.getJsonArray("carers")) {
      long carerId = ((jakarta.json.JsonNumber) id).longValue();
      survivor.parentsCarers().stream()
          .filter(c -> c.id().equals(carerId))
          .findFirst()
          .ifPresent(survivor::removeParentCarer);
    }
    merged.returnFromMerge();
    if (survivor.isShielded() && !merged.isShielded()) {
      Shield kept = activeShield(survivor).orElseThrow();
      em.persist(
          Shield.apply(
              merged,
              kept.criterion(),
              "Kept when a merge was split: " + kept.reason(),
              futureOrDefault(kept.reviewOn()),
              me.username(),
              clock.instant(),
              today()));
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
    return em.createQuery(
            "SELECT m FROM ChildMerge m WHERE m.survivor.section = :section ORDER BY m.mergedAt DESC",
            ChildMerge.class)
        .setParameter("section", me().section())
        .setMaxResults(100)
        .getResultStream()
        .map(
            m ->
                new MergeView(
                    m.id(),
                    m.survivor().publicId(),
                    m.survivor().name().fullName(),
                    m.merged().publicId(),
                    m.merged().name().fullName(),
                    m.mergedBy(),
                    m.mergedAt(),
                    m.splitAt().orElse(null)))
        .toList();
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
