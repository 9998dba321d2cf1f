package uk.contactpoint.feeds.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.control.MatchPerson;

/**
 * Which records of a set, matched together (FeedMatching.matchAll), may be applied on those
 * readings: those that could not have read anything different had every record before them been
 * applied first. A record changes what another's matching reads only through its child: the
 * identifiers it gives that child, and the search keys of the child's names, date of birth and
 * district (for a link, the linked child's own as well as the record's). A record that names one of
 * those identifiers, blocks on one of those dates, blocks on one of those names in one of those
 * districts, or read the linked child waits: it is matched again once the others are written. So
 * does any record that meets one waiting, which may link to any child it read and reaches what the
 * records it met reach; records about one child thus keep their order (DESIGN.md rule 10), and
 * records about different children need not wait for each other.
 */
final class IndependentRecords {

  private IndependentRecords() {}

  /**
   * For each record, whether it may be applied on this reading (the first always may: nothing comes
   * before it).
   */
  static List<Boolean> applicableNow(
      List<FeedRecord> records, String source, List<FeedMatching.Matched> matched) {
    List<Reach> applied = new ArrayList<>();
    Reach waiting = Reach.empty();
    List<Boolean> now = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      Reads reads = Reads.of(records.get(r), source, matched.get(r));
      List<Reach> met = applied.stream().filter(reads::meets).toList();
      if (met.isEmpty() && !reads.meets(waiting)) {
        applied.add(Reach.of(records.get(r), source, matched.get(r)));
        now.add(true);
      } else {
        waiting.addAll(Reach.ifWaiting(records.get(r), source, matched.get(r)));
        met.forEach(waiting::addAll);
        now.add(false);
      }
    }
    return now;
  }

  /** What a record's matching read: its identifiers, its blocks, the children it met. */
  private record Reads(
      Set<String> identifiers,
      List<LocalDate> births,
      String district,
      Set<String> familyKeys,
      Set<Long> children) {

    static Reads of(FeedRecord record, String source, FeedMatching.Matched matched) {
      MatchBlocking blocking = MatchBlocking.of(record.person());
      MatchCandidates.Found found = matched.found();
      Set<Long> children = new HashSet<>();
      found.named().forEach(named -> children.add(named.child().childId()));
      found.inBlocks().forEach(candidate -> children.add(candidate.childId()));
      return new Reads(
          identifiersOf(record, source),
          blocking.birthDates(),
          blocking.district(),
          blocking.familyKeys(),
          children);
    }

    boolean meets(Reach earlier) {
      return overlap(identifiers, earlier.identifiers())
          || overlap(births, earlier.births())
          || (district != null
              && earlier.districts().contains(district)
              && overlap(familyKeys, earlier.nameKeys()))
          || overlap(children, earlier.children());
    }
  }

  /** What applying a record may change that another record's matching reads. */
  private record Reach(
      Set<String> identifiers,
      Set<LocalDate> births,
      Set<String> districts,
      Set<String> nameKeys,
      Set<Long> children) {

    static Reach of(FeedRecord record, String source, FeedMatching.Matched matched) {
      Reach reach =
          new Reach(
              identifiersOf(record, source),
              new HashSet<>(),
              new HashSet<>(),
              new HashSet<>(),
              new HashSet<>());
      reach.add(record.person());
      MatchDecider.Decision decision = matched.decision();
      if (decision.verdict() == MatchDecider.Verdict.LINK) {
        long linked = decision.chosen().orElseThrow().childId();
        reach.children().add(linked);
        Stream.concat(
                matched.found().named().stream().map(MatchCandidates.NamedCandidate::child),
                matched.found().inBlocks().stream())
            .filter(candidate -> candidate.childId() == linked)
            .findFirst()
            .ifPresent(candidate -> reach.add(candidate.person()));
      }
      return reach;
    }

    static Reach empty() {
      return new Reach(
          new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
    }

    /**
     * A record that waits may, once matched again, link to any child it read: its reach is the
     * record's and every one of those children's.
     */
    static Reach ifWaiting(FeedRecord record, String source, FeedMatching.Matched matched) {
      Reach reach = empty();
      reach.identifiers().addAll(identifiersOf(record, source));
      reach.add(record.person());
      Stream.concat(
              matched.found().named().stream().map(MatchCandidates.NamedCandidate::child),
              matched.found().inBlocks().stream())
          .forEach(
              candidate -> {
                reach.children().add(candidate.childId());
                reach.add(candidate.person());
              });
      return reach;
    }

    void addAll(Reach other) {
      identifiers.addAll(other.identifiers());
      births.addAll(other.births());
      districts.addAll(other.districts());
      nameKeys.addAll(other.nameKeys());
      children.addAll(other.children());
    }

    private void add(MatchPerson person) {
      MatchBlocking blocking = MatchBlocking.of(person);
      births.add(person.birthDate());
      if (blocking.district() != null) {
        districts.add(blocking.district());
      }
      nameKeys.addAll(blocking.nameKeys());
    }
  }

  private static Set<String> identifiersOf(FeedRecord record, String source) {
    Set<String> identifiers = new HashSet<>();
    for (MatchCandidates.TrustedId id : FeedMatching.trustedIds(record, source)) {
      if (id.value() != null) {
        identifiers.add(id.type() + "|" + id.issuer() + "|" + id.value());
      }
    }
    return identifiers;
  }

  private static boolean overlap(Collection<?> one, Collection<?> other) {
    return !Collections.disjoint(one, other);
  }
}
