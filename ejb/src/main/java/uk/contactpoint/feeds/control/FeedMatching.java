package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.matching.control.NameFrequencyCache;

/**
 * How a feed record finds its child, for FeedWorker (DESIGN.md rule 10: identifiers first, then
 * weights): the children its trusted identifiers name, the candidates in its blocks scored, and the
 * decision on them, a shielded child or a new identity held back from any link (rule 5). Apart from
 * the worker because what decides a match changes with the matching, not with how records are
 * applied.
 */
@Dependent
public class FeedMatching {

  @Inject MatchCandidates candidates;
  @Inject NameFrequencyCache frequencies;

  /**
   * The decision and, for a link, what found the child: the source's own id, the NHS number, the
   * UPN or the weights.
   */
  record Matched(MatchDecider.Decision decision, String by) {}

  Matched match(FeedRecord record, String source) {
    MatchPerson person = record.person();
    // Trusted identifiers in their order of trust: the source's own id, the NHS number, the UPN.
    List<MatchCandidates.Named> named =
        candidates.namedBy(
            List.of(
                new MatchCandidates.TrustedId(IdentifierType.SOURCE_ID, source, record.recordId()),
                new MatchCandidates.TrustedId(IdentifierType.NHS_NUMBER, "NHS", person.nhsNumber()),
                new MatchCandidates.TrustedId(IdentifierType.UPN, "DFE", record.upn())));
    Optional<MatchCandidates.Named> trusted = named.stream().findFirst();
    String by = trusted.map(first -> first.by().type().name()).orElse("WEIGHTS");
    List<MatchDecider.Scored> scored =
        candidates.candidatesInBlocks(MatchBlocking.of(person)).stream()
            .map(
                candidate ->
                    new MatchDecider.Scored(
                        candidate.childId(),
                        candidate.publicId(),
                        candidate.heldBack(),
                        MatchScorer.compare(person, candidate.person(), frequencies)))
            .toList();
    Optional<MatchDecider.AlsoNamed> alsoNamed =
        named.stream()
            .skip(1)
            .findFirst()
            .map(
                second ->
                    new MatchDecider.AlsoNamed(
                        scored(person, second.child()),
                        second.child().isShielded() || second.child().hasNewIdentity(),
                        words(named.get(0).by().type()),
                        words(second.by().type())));
    MatchDecider.Decision decision =
        MatchDecider.decide(
            scored,
            trusted.map(first -> scored(person, first.child())),
            candidates.shieldedLookalike(person),
            alsoNamed);
    return new Matched(decision, by);
  }

  private static String words(IdentifierType type) {
    return switch (type) {
      case SOURCE_ID -> "source's own id";
      case NHS_NUMBER -> "NHS number";
      case UPN -> "pupil number (UPN)";
    };
  }

  private MatchDecider.Scored scored(MatchPerson person, Child child) {
    // A new identity is held like a shield: the team, never a feed, links a record to it.
    return new MatchDecider.Scored(
        child.id(),
        child.publicId(),
        child.isShielded() || child.hasNewIdentity(),
        MatchScorer.compare(person, MatchPerson.of(child), frequencies));
  }
}
