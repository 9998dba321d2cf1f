package uk.contactpoint.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.matching.entity.HoldReason;

/** When a record's trusted identifiers name two records, the team decides, never the feed. */
class MatchDeciderTest {

  private static final LocalDate BORN = LocalDate.of(2011, 3, 7);
  private static final MatchPerson KELLY =
      new MatchPerson("Kelly", "Mason", List.of(), BORN, Gender.FEMALE, "LS27 9QT", null);

  private static MatchDecider.Scored held(long id, boolean shielded) {
    return new MatchDecider.Scored(id, "child-" + id, shielded, MatchScorer.compare(KELLY, KELLY));
  }

  @Test
  void identifiersNamingOneRecordLinkIt() {
    MatchDecider.Decision decision =
        MatchDecider.decide(
            List.of(held(1, false)), Optional.of(held(1, false)), false, Optional.empty());
    assertEquals(MatchDecider.Verdict.LINK, decision.verdict());
  }

  @Test
  void identifiersNamingTwoRecordsAreAConflictForTheTeamNamingBoth() {
    MatchDecider.Decision decision =
        MatchDecider.decide(
            List.of(held(1, false), held(2, false)),
            Optional.of(held(1, false)),
            false,
            Optional.of(
                new MatchDecider.AlsoNamed(
                    held(2, false), false, "NHS number", "pupil number (UPN)")));
    assertEquals(MatchDecider.Verdict.REVIEW, decision.verdict());
    assertEquals(HoldReason.IDENTIFIER_CONFLICT, decision.reason());
    assertEquals(
        1L,
        decision.chosen().orElseThrow().childId(),
        "the first-trusted identifier's record is the one offered");
    assertEquals(
        "Its NHS number names this record and its pupil number (UPN) another: two records of one child, to merge?",
        decision.why());
  }

  @Test
  void whenTheOtherRecordIsProtectedItsTeamDecides() {
    MatchDecider.Scored other = held(2, false);
    MatchDecider.Decision decision =
        MatchDecider.decide(
            List.of(held(1, false)),
            Optional.of(held(1, false)),
            false,
            Optional.of(new MatchDecider.AlsoNamed(other, true, "NHS number", "source's own id")));
    assertEquals(MatchDecider.Verdict.REVIEW, decision.verdict());
    assertEquals(HoldReason.SHIELDED_CANDIDATE, decision.reason());
    assertEquals(
        2L,
        decision.chosen().orElseThrow().childId(),
        "the protected record, so its own team holds the case");
  }
}
