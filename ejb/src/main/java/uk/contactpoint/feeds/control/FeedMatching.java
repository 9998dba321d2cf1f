package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.contactpoint.child.entity.IdentifierType;
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
  @Inject NewChildLocks locks;

  /**
   * The decision and, for a link, what found the child: the source's own id, the NHS number, the
   * UPN or the weights; and what was read to reach it.
   */
  record Matched(MatchDecider.Decision decision, String by, MatchCandidates.Found found) {}

  Matched match(FeedRecord record, String source) {
    List<FeedRecord> one = List.of(record);
    return lockedIfCreating(one, source, matchAll(one, source)).get(0);
  }

  /**
   * The decisions for a set of records of one source, read together (MatchCandidates.findAll): each
   * as if it were the only record, so the caller applies together only records that cannot meet
   * each other's child (IndependentRecords). Records about to create a child go through {@link
   * #lockedIfCreating} before they do.
   */
  List<Matched> matchAll(List<FeedRecord> records, String source) {

    List<MatchCandidates.Found> found =
        candidates.findAll(
            records.stream()
                .map(
                    record ->
                        new MatchCandidates.Wanted(trustedIds(record, source), record.person()))
                .toList());
    List<Matched> matched = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      matched.add(decide(records.get(r).person(), found.get(r)));
    }
    return matched;
  }

  /**
   * The decisions again for those records that would create a child, once they hold their blocks'
   * locks (NewChildLocks): a child another source's set created in those blocks meanwhile has been
   * committed by then, and is found. Unchanged for records that link or are held, and when every
   * lock was held already.
   */
  List<Matched> lockedIfCreating(List<FeedRecord> records, String source, List<Matched> read) {
    List<Matched> matched = new ArrayList<>(read);
    while (true) {
      List<Integer> creating = new ArrayList<>();
      for (int r = 0; r < records.size(); r++) {
        if (matched.get(r).decision().verdict() == MatchDecider.Verdict.NEW) {
          creating.add(r);
        }
      }
      List<FeedRecord> creators = creating.stream().map(records::get).toList();
      if (!locks.lock(creators, source)) {
        return matched;
      }
      List<Matched> again = matchAll(creators, source);
      for (int c = 0; c < creating.size(); c++) {
        matched.set(creating.get(c), again.get(c));
      }
    }
  }

  /** Trusted identifiers in their order of trust: the source's own id, the NHS number, the UPN. */
  static List<MatchCandidates.TrustedId> trustedIds(FeedRecord record, String source) {
    return List.of(
        new MatchCandidates.TrustedId(IdentifierType.SOURCE_ID, source, record.recordId()),
        new MatchCandidates.TrustedId(
            IdentifierType.NHS_NUMBER, "NHS", record.person().nhsNumber()),
        new MatchCandidates.TrustedId(IdentifierType.UPN, "DFE", record.upn()));
  }

  private Matched decide(MatchPerson person, MatchCandidates.Found found) {
    List<MatchCandidates.NamedCandidate> named = found.named();
    Optional<MatchCandidates.NamedCandidate> trusted = named.stream().findFirst();
    String by = trusted.map(first -> first.by().type().name()).orElse("WEIGHTS");
    List<MatchDecider.Scored> scored =
        found.inBlocks().stream().map(candidate -> scored(person, candidate)).toList();
    Optional<MatchDecider.AlsoNamed> alsoNamed =
        named.stream()
            .skip(1)
            .findFirst()
            .map(
                second ->
                    new MatchDecider.AlsoNamed(
                        scored(person, second.child()),
                        second.child().heldBack(),
                        words(named.get(0).by().type()),
                        words(second.by().type())));
    MatchDecider.Decision decision =
        MatchDecider.decide(
            scored,
            trusted.map(first -> scored(person, first.child())),
            found.shieldedLookalike(),
            alsoNamed);
    return new Matched(decision, by, found);
  }

  private static String words(IdentifierType type) {
    return switch (type) {
      case SOURCE_ID -> "source's own id";
      case NHS_NUMBER -> "NHS number";
      case UPN -> "pupil number (UPN)";
    };
  }

  /** A new identity is held like a shield: the team, never a feed, links a record to it. */
  private MatchDecider.Scored scored(MatchPerson person, MatchCandidates.Candidate candidate) {
    return new MatchDecider.Scored(
        candidate.childId(),
        candidate.publicId(),
        candidate.heldBack(),
        MatchScorer.compare(person, candidate.person(), frequencies));
  }
}
