package uk.contactpoint.dataquality.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.entity.MatchCase;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shielding.entity.Shield;

/**
 * What a case held by matching holds, read again: the feed record as it was received, the ids of
 * the children matching put beside it, and the shield of a shielded candidate, which a record
 * created from the case takes on so that no feed re-creates a shielded child unshielded (DESIGN.md
 * rule 5).
 */
@Dependent
public class HeldCases {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Children children;

  /** The ids of the children matching put beside the held record, and only those. */
  public static Set<String> candidateIds(MatchCase matchCase) {
    Set<String> ids = new HashSet<>();
    for (JsonValue value :
        JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
      ids.add(value.asJsonObject().getString("childId"));
    }
    return ids;
  }

  /** The held record as a feed record; it bound when it arrived, so failing now is a fault. */
  public static FeedRecord recordOf(ReceivedRecord received) {
    try {
      return FeedRecord.bind(received.content());
    } catch (InvalidInputException unreadable) {
      throw new IllegalStateException("Held feed record " + received.id() + " no longer binds");
    }
  }

  /** The active shield of the first shielded candidate, if any still has one. */
  public Optional<Shield> shieldOfACandidate(MatchCase matchCase) {
    for (JsonValue value :
        JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
      JsonObject candidate = value.asJsonObject();
      if (candidate.getBoolean("shielded", false)) {
        return activeShield(children.get(candidate.getString("childId")));
      }
    }
    return Optional.empty();
  }

  private Optional<Shield> activeShield(Child child) {
    return em.createQuery(
            "SELECT s FROM Shield s WHERE s.child = :child AND s.removedAt IS NULL AND s.parentCarer IS NULL",
            Shield.class)
        .setParameter("child", child)
        .getResultStream()
        .findFirst();
  }
}
