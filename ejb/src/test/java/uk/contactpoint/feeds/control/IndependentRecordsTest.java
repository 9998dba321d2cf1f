package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.contactpoint.feeds.control.SentRecords.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.matching.control.MatchCandidates;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;

class IndependentRecordsTest {

  private static final String SOURCE = "LEEDS-EDU";

  private static MatchCandidates.Candidate held(long id, String family, String born, String pc) {
    return new MatchCandidates.Candidate(
        id,
        "C" + id,
        false,
        new MatchPerson("Ada", family, List.of(), LocalDate.parse(born), Gender.FEMALE, pc, null));
  }

  private static FeedMatching.Matched newChild(MatchCandidates.Candidate... metInBlocks) {
    return new FeedMatching.Matched(
        new MatchDecider.Decision(MatchDecider.Verdict.NEW, Optional.empty(), null, List.of()),
        "WEIGHTS",
        new MatchCandidates.Found(List.of(), List.of(metInBlocks), false));
  }

  private static FeedMatching.Matched linkedTo(MatchCandidates.Candidate child) {
    MatchDecider.Scored scored =
        new MatchDecider.Scored(
            child.childId(), child.publicId(), false, new MatchScorer.Comparison(30.0, Map.of()));
    return new FeedMatching.Matched(
        new MatchDecider.Decision(
            MatchDecider.Verdict.LINK, Optional.of(scored), null, List.of(scored)),
        "WEIGHTS",
        new MatchCandidates.Found(List.of(), List.of(child), false));
  }

  private static List<Boolean> now(List<FeedRecord> records, List<FeedMatching.Matched> matched) {
    return IndependentRecords.applicableNow(records, SOURCE, matched);
  }

  /** Two records, each of a child not held: what the second waits for is the first alone. */
  private static List<Boolean> bothNew(FeedRecord first, FeedRecord second) {
    return now(List.of(first, second), List.of(newChild(), newChild()));
  }

  @Test
  void recordsAboutChildrenApartAreAppliedOnOneReading() {
    assertEquals(
        List.of(true, true, true),
        now(
            List.of(
                record("1", "Kelly", "Mason", "2011-08-27", "9434765919", "LS27 9QT"),
                record("2", "Ravi", "Patel", "2013-02-14", null, "LS8 1AB"),
                record("3", "Tom", "Hughes", "2015-11-30", null, "BD1 2CD")),
            List.of(newChild(), newChild(), newChild())));
  }

  @Test
  void aRecordNamingAnIdentifierAnEarlierOneGivesIsReadAgainAfterIt() {
    assertEquals(
        List.of(true, false),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-27", "9434765919", "LS27 9QT"),
            record("2", "Ravi", "Patel", "2013-02-14", "9434765919", "LS8 1AB")));
    assertEquals(
        List.of(true, false),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
            record("1", "Ravi", "Patel", "2013-02-14", null, "LS8 1AB")),
        "the source's own id twice");
  }

  @Test
  void aRecordBlockingOnTheDayAnEarlierOneWasBornIsReadAgainAfterItWhateverItsNames() {
    assertEquals(
        List.of(true, false),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
            record("2", "Ravi", "Patel", "2011-08-27", null, "BD1 2CD")));
    assertEquals(
        List.of(true, false),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-07", null, "LS27 9QT"),
            record("2", "Ravi", "Patel", "2011-07-08", null, "BD1 2CD")),
        "day and month swapped is one of the second record's blocks");
  }

  @Test
  void aFamilyNameBlocksOnlyInItsDistrict() {
    assertEquals(
        List.of(true, false),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
            record("2", "Jade", "Mason", "2014-05-19", null, "LS27 0AA")));
    assertEquals(
        List.of(true, true),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
            record("2", "Jade", "Mason", "2014-05-19", null, "BD1 2CD")));
  }

  @Test
  void aLinkReachesTheLinkedChildAndWhatItIsKnownBy() {
    MatchCandidates.Candidate okafor = held(7, "Okafor", "2012-04-03", "LS8 2PQ");
    assertEquals(
        List.of(true, false),
        now(
            List.of(
                record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
                record("2", "Ravi", "Patel", "2013-02-14", null, "BD1 2CD")),
            List.of(linkedTo(okafor), newChild(okafor))),
        "the second record read the child the first links to");
    assertEquals(
        List.of(true, false),
        now(
            List.of(
                record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
                record("2", "Ada", "Okafor", "2013-02-14", null, "LS8 5XY")),
            List.of(linkedTo(okafor), newChild())),
        "the linked child's own family name in its own district");
    assertEquals(
        List.of(true, true),
        bothNew(
            record("1", "Kelly", "Mason", "2011-08-27", null, "LS27 9QT"),
            record("2", "Ada", "Okafor", "2013-02-14", null, "LS8 5XY")),
        "a new child is only what its record says");
  }

  @Test
  void aRecordMeetingOneThatWaitsWaitsTooAndOneMeetingNeitherDoesNot() {
    assertEquals(
        List.of(true, false, false, true),
        now(
            List.of(
                record("1", "Kelly", "Mason", "2011-08-27", "9434765919", "LS27 9QT"),
                record("2", "Ravi", "Patel", "2013-02-14", "9434765919", "LS8 1AB"),
                record("3", "Ravi", "Patel", "2013-02-14", null, "LS8 1AB"),
                record("4", "Tom", "Hughes", "2015-11-30", null, "BD1 2CD")),
            List.of(newChild(), newChild(), newChild(), newChild())));
  }
}
