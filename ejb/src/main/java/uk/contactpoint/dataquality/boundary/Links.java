package uk.contactpoint.dataquality.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.dataquality.control.LinkReversal;
import uk.contactpoint.feeds.control.FeedApplier;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.entity.ChildLink;
import uk.contactpoint.feeds.entity.MatchCase;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.matching.control.NameFrequencyCache;
import uk.contactpoint.matching.entity.HoldReason;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shielding.entity.Shield;

/**
 * Links to the wrong child undone in one step (rule 10: the queue's decisions are reversible).
 * Every feed record applied to a child that existed, by a feed or by the team, logs what it
 * changed; the section's data-quality team lists those links and undoes a wrong one: the child's
 * facts go back to their values before the link, the rows it added go, and the feed record waits in
 * the queue again as an open case. A fact changed again since the link is never overwritten: the
 * undo is refused (409 naming those fields) unless the team asks to keep them. An undo never
 * removes a shield.
 */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class Links {

  private static final Logger LOG = Logger.getLogger(Links.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject uk.contactpoint.dataquality.control.DataQualityTeam team;
  @Inject AuditNotes audit;
  @Inject LinkReversal reversal;
  @Inject FeedApplier applier;
  @Inject MatchCandidates candidates;
  @Inject NameFrequencyCache frequencies;

  /** One link as the team sees it: which child, from which record, who linked, what it changed. */
  public record LinkView(
      long id,
      String childId,
      String childName,
      String source,
      String batchId,
      String recordId,
      String linkedBy,
      Instant linkedAt,
      List<String> changed,
      Instant undoneAt)
      implements Serializable {}

  /**
   * What an undo did: the case the record waits in again, and the facts kept because they changed
   * since.
   */
  public record Undone(long linkId, String childId, long caseId, List<String> kept) {}

  /** The section's links, newest first. */
  public List<LinkView> recent() {
    return em.createQuery(
            "SELECT l FROM ChildLink l WHERE l.section = :section ORDER BY l.linkedAt DESC",
            ChildLink.class)
        .setParameter("section", me().section())
        .setMaxResults(100)
        .getResultStream()
        .map(Links::view)
        .toList();
  }

  /**
   * Undoes a link: 404 for a link of another section, 409 when it was undone already or when facts
   * it changed were changed again since (named, unless {@code keepLaterChanges}: then those stay).
   */
  @Audited(AuditAction.LINK_UNDONE)
  public Undone undo(long linkId, String reason, boolean keepLaterChanges) {
    UserAccount me = me();
    ChildLink link = em.find(ChildLink.class, linkId);
    if (link == null || !scope.isOwn(me, link.section())) {
      throw new NotFoundException("The link");
    }
    Child child = link.child();
    audit.current().child(child).target("child-link", linkId).detail("reason", reason);
    Shield.requireReason("reason", reason);
    if (link.undoneAt().isPresent()) {
      throw new ConflictException("This link was undone already.");
    }
    if (ChildLink.TOO_LARGE.equals(link.changes())) {
      throw new ConflictException(
          "This link changed too much to be undone in one step; correct the record by hand.");
    }
    JsonObject changes = JSON.createReader(new StringReader(link.changes())).readObject();
    Provenance team = new Provenance("TEAM-" + me.section().code(), clock.instant());
    List<FieldError> later = reversal.revert(child, changes, false, team);
    if (!later.isEmpty() && !keepLaterChanges) {
      throw new ConflictException(
          "Since this link, these facts were changed again: "
              + fieldNames(later)
              + ". Check them; undo keeping them as they are now, or correct the record by hand.",
          later);
    }
    reversal.revert(child, changes, true, team);
    link.undo(me.username(), clock.instant());
    link.listIn(child.section());
    long caseId = reopen(link.record(), child);
    audit.current().detail("case", caseId).detail("kept", fieldNames(later));
    LOG.info(
        () ->
            "Link " + linkId + " of feed record " + link.record().id() + " undone; case " + caseId);
    return new Undone(linkId, child.publicId(), caseId, fieldNames(later));
  }

  /**
   * The record waits in the queue again: its earlier case reopened, or a case of its own for a
   * feed's automatic link.
   */
  private long reopen(ReceivedRecord received, Child wrong) {
    received.reopenForReview(clock.instant());
    Optional<MatchCase> decided =
        em.createQuery(
                "SELECT m FROM MatchCase m WHERE m.record = :record AND m.status = :linked",
                MatchCase.class)
            .setParameter("record", received)
            .setParameter("linked", MatchCase.Status.LINKED)
            .getResultStream()
            .findFirst();
    if (decided.isPresent()) {
      decided.get().reopen();
      return decided.get().id();
    }
    FeedRecord record = FeedRecord.bind(received.content());
    MatchPerson person = record.person();
    List<Child> ranked =
        new ArrayList<>(
            candidates.inBlocks(MatchBlocking.of(person)).stream()
                .filter(c -> !c.id().equals(wrong.id()))
                .sorted(Comparator.comparingDouble((Child c) -> -weight(person, c)))
                .limit(4)
                .toList());
    ranked.add(0, wrong);
    JsonArrayBuilder list = JSON.createArrayBuilder();
    ranked.forEach(
        c ->
            list.add(
                JSON.createObjectBuilder()
                    .add("childId", c.publicId())
                    .add("weight", weight(person, c))
                    .add("shielded", c.isShielded())));
    // A case about a shielded child stays with that child's team and is treated as shielded.
    Optional<Child> shielded = ranked.stream().filter(Child::isShielded).findFirst();
    MatchCase reopened =
        new MatchCase(
            received,
            shielded.map(Child::section).orElseGet(() -> applier.section(record.localAuthority())),
            HoldReason.LINK_UNDONE,
            shielded.isPresent(),
            list.build().toString(),
            clock.instant());
    em.persist(reopened);
    em.flush();
    return reopened.id();
  }

  private double weight(MatchPerson person, Child child) {
    return MatchScorer.compare(person, MatchPerson.of(child), frequencies).weight();
  }

  private static List<String> fieldNames(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).distinct().toList();
  }

  private static LinkView view(ChildLink link) {
    ReceivedRecord received = link.record();
    List<String> changed = new ArrayList<>();
    if (!ChildLink.TOO_LARGE.equals(link.changes())) {
      JsonObject changes = JSON.createReader(new StringReader(link.changes())).readObject();
      for (String field : List.of("name", "address", "section", "school", "gp", "dateOfDeath")) {
        if (changes.containsKey(field)) {
          changed.add(field);
        }
      }
      for (String rows : List.of("identifiers", "carers", "involvements")) {
        if (!changes.getJsonArray(rows).isEmpty()) {
          changed.add(rows);
        }
      }
      if (!changes.getJsonObject("ended").isEmpty()) {
        changed.add("ended");
      }
    }
    return new LinkView(
        link.id(),
        link.child().publicId(),
        link.child().name().fullName(),
        received.batch().sourceCode(),
        received.batch().batchRef(),
        received.recordRef().orElse(null),
        link.linkedBy(),
        link.linkedAt(),
        changed,
        link.undoneAt().orElse(null));
  }

  private UserAccount me() {
    return team.member(caller);
  }
}
