package uk.contactpoint.dataquality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.contactpoint.dataquality.control.CaseView;
import uk.contactpoint.dataquality.control.CaseViews;
import uk.contactpoint.dataquality.control.DataQualityTeam;
import uk.contactpoint.dataquality.control.HeldCases;
import uk.contactpoint.feeds.control.FeedApplier;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.entity.FeedOutcome;
import uk.contactpoint.feeds.entity.MatchCase;
import uk.contactpoint.feeds.entity.ReceivedRecord;
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
  @Inject CaseViews views;
  @Inject HeldCases held;

  /**
   * The open cases of the caller's section, oldest first. Each candidate shown is a look at a
   * child's record, audited as a record access with the data-quality purpose as its reason (so it
   * appears in "who has looked" and counts for the alert rules); another section's candidate is
   * shown only as far as deciding needs: name, birth date, gender, section and how its fields
   * agree.
   */
  @Audited(AuditAction.MATCH_QUEUE_READ)
  public List<CaseView> openCases() {
    return views.openCases(me());
  }

  /** The held record is this child: its facts are applied as a feed's would be. */
  @Audited(AuditAction.MATCH_CASE_DECIDED)
  public String link(long caseId, String childId) {
    MatchCase matchCase = openCaseOfMySection(caseId);
    audit.current().detail("decision", "link").detail("case", caseId);
    // Only a record the matcher put beside the held one may receive its facts: a link renames,
    // re-addresses and may move the child into this section (DESIGN.md rule 9), so an arbitrary
    // child of another authority must not be reachable through it. Anything else answers 404.
    if (!HeldCases.candidateIds(matchCase).contains(childId)) {
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
    FeedRecord record = HeldCases.recordOf(received);
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
            HeldCases.recordOf(received),
            received.batch().sourceCode(),
            received.batch().receivedAt());
    audit.current().child(child).detail("decision", "new").detail("case", caseId);
    if (matchCase.isShielded()) {
      Optional<Shield> candidateShield = held.shieldOfACandidate(matchCase);
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

  private UserAccount me() {
    return team.member(caller);
  }
}
