package uk.contactpoint.feeds.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.feeds.entity.MatchCase;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.entity.HoldReason;
import uk.contactpoint.section.entity.LocalAuthoritySection;

/**
 * The data-quality case a feed record held for review waits in, for FeedWorker (DESIGN.md rule 10):
 * which team's queue it goes to, the shielded child's team for a shielded candidate (rule 5), and
 * the candidates as they were weighed when it was held. Apart from the worker because what the
 * queue is shown changes with the data-quality screens, not with how records are applied.
 */
@Dependent
public class FeedReviewCases {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject FeedApplier applier;

  /** The case for a record held on this decision, not yet stored. */
  MatchCase caseFor(
      ReceivedRecord received, FeedRecord record, MatchDecider.Decision decision, Instant now) {
    boolean shielded = decision.reason() == HoldReason.SHIELDED_CANDIDATE;
    // A case about a shielded child belongs to the team that holds the shield; others to the
    // record's section.
    LocalAuthoritySection section =
        shielded
            ? decision
                .chosen()
                .map(s -> em.find(Child.class, s.childId()).section())
                .orElseGet(() -> applier.section(record.localAuthority()))
            : applier.section(record.localAuthority());
    JsonArrayBuilder list = JSON.createArrayBuilder();
    // The queue says why an identifier's child was not linked (MatchDecider#conflictWith), beside
    // that child.
    java.util.function.Function<MatchDecider.Scored, jakarta.json.JsonObjectBuilder> entry =
        s -> {
          jakarta.json.JsonObjectBuilder json =
              JSON.createObjectBuilder()
                  .add("childId", s.publicId())
                  .add("weight", s.weight())
                  .add("shielded", s.shielded());
          if (decision.chosen().map(c -> c.childId() == s.childId()).orElse(false)) {
            // How each field agreed when the record was held: the screen compares the child as it
            // is now; this keeps what was decided on.
            jakarta.json.JsonObjectBuilder fields = JSON.createObjectBuilder();
            s.comparison()
                .fields()
                .forEach(
                    (field, agreement) ->
                        fields.add(field, agreement.name().toLowerCase(java.util.Locale.ROOT)));
            json.add("fields", fields);
            if (decision.why() != null) {
              json.add("why", decision.why());
            }
          }
          return json;
        };
    decision.ranked().stream().limit(5).forEach(s -> list.add(entry.apply(s)));
    decision
        .chosen()
        .filter(c -> decision.ranked().stream().limit(5).noneMatch(r -> r.childId() == c.childId()))
        .ifPresent(c -> list.add(entry.apply(c)));
    return new MatchCase(
        received, section, decision.reason(), shielded, list.build().toString(), now);
  }
}
