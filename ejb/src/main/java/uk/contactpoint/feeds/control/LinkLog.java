package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.feeds.entity.ChildLink;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.involvement.control.ChildInvolvements;

/**
 * Applies a feed record to the child it was linked to (by a feed's matching or by the team's
 * decision) and logs what that changed, with the values it replaced ({@link ChildLink}): the
 * data-quality team can undo a wrong link in one step.
 */
@Dependent
public class LinkLog {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject FeedApplier applier;
  @Inject ChildInvolvements childInvolvements;

  /**
   * True when any fact of the child changed; {@code by} is the team member, or {@code
   * feed:<source>}.
   */
  public boolean link(
      Child child, FeedRecord record, ReceivedRecord received, String by, Instant at) {
    return link(child, record, received, applier.kindOf(received.batch().sourceCode()), by, at);
  }

  /** As above, when the caller knows the kind of body that runs the record's source. */
  public boolean link(
      Child child,
      FeedRecord record,
      ReceivedRecord received,
      FeedApplier.SourceKind kind,
      String by,
      Instant at) {
    String source = received.batch().sourceCode();
    // A record naming no involvements changes none (FeedApplier): they are not read for the log.
    boolean involves = !record.involvementList().isEmpty();
    LinkedFacts before = LinkedFacts.of(child, involves ? childInvolvements.of(child) : List.of());
    boolean changed = applier.update(child, record, kind, source, received.batch().receivedAt());
    // The rows the link added get their ids, which the log names.
    em.flush();
    LinkedFacts after = LinkedFacts.of(child, involves ? childInvolvements.of(child) : List.of());
    em.persist(new ChildLink(child, received, before.changesTo(after).toString(), by, at));
    return changed;
  }
}
