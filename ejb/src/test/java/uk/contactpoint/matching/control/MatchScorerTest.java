package uk.contactpoint.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.matching.entity.HoldReason;

class MatchScorerTest {

  private static final LocalDate BORN = LocalDate.of(2011, 3, 7);
  private static final MatchPerson KELLY =
      new MatchPerson("Kelly", "Mason", List.of(), BORN, Gender.FEMALE, "LS27 9QT", null);

  private static MatchPerson kelly(String given, String family, LocalDate born, String postcode) {
    return new MatchPerson(given, family, List.of(), born, Gender.FEMALE, postcode, null);
  }

  private static MatchDecider.Decision decide(MatchPerson incoming, MatchPerson... held) {
    List<MatchDecider.Scored> scored = new java.util.ArrayList<>();
    for (int i = 0; i < held.length; i++) {
      scored.add(
          new MatchDecider.Scored(i, "child-" + i, false, MatchScorer.compare(incoming, held[i])));
    }
    return MatchDecider.decide(scored, Optional.empty(), false);
  }

  @Test
  void theSameChildWithTheUsualErrorsIsLinked() {
    for (MatchPerson variant :
        List.of(
            kelly("Kelly", "Mason", BORN, "LS27 9QT"),
            kelly("Kely", "Mason", BORN, "LS27 9QT"), // a typo
            kelly("Kelly", "Mason", BORN, "B13 0AA"), // moved house
            kelly("Kelly", "Mason", BORN, null), // no postcode
            kelly("Kelly", "Mason-Hughes", BORN, "LS27 9QT"), // double-barrelled
            kelly("Kelly", "Mason", LocalDate.of(2011, 7, 3), null))) { // day and month swapped
      assertEquals(MatchDecider.Verdict.LINK, decide(variant, KELLY).verdict(), variant.toString());
    }
    MatchPerson libby =
        new MatchPerson("Elizabeth", "Shaw", List.of(), BORN, Gender.FEMALE, "LS1 1AA", null);
    assertEquals(
        Agreement.PARTIAL,
        MatchScorer.compare(kelly("Libby", "Shaw", BORN, "LS1 1AA"), libby).fields().get("given"));
    assertEquals(
        MatchDecider.Verdict.LINK,
        decide(kelly("Libby", "Shaw", BORN, "LS1 1AA"), libby).verdict(),
        "a nickname");
  }

  @Test
  void aKeyingErrorIsOneOfTheFourAndALongNameMayHaveTwo() {
    assertEquals(
        Agreement.PARTIAL, MatchScorer.tokens("ava", "aav"), "two letters swapped in a short name");
    assertEquals(Agreement.PARTIAL, MatchScorer.tokens("amelia", "ameila"));
    assertEquals(
        Agreement.PARTIAL,
        MatchScorer.tokens("jennifer", "jenifre"),
        "a letter dropped and two swapped in a long name");
    assertEquals(Agreement.PARTIAL, MatchScorer.tokens("alexander", "alexzandr"));
    assertEquals(
        Agreement.DISAGREE,
        MatchScorer.tokens("oliver", "olivia"),
        "two changes in a name of six letters: another name");
    assertEquals(Agreement.DISAGREE, MatchScorer.tokens("harry", "harvey"));
    assertEquals(1, MatchScorer.keyingErrors("kelly", "kelyl", 2), "a swap is one error");
    assertEquals(2, MatchScorer.keyingErrors("kelly", "kleyl", 2), "two swaps are two");
    assertEquals(
        -1,
        MatchScorer.keyingErrors("jennifer", "jenfiere", 2),
        "three are more than a long name may have");
  }

  @Test
  void aPostcodeTheChildHasLivedAtIsEvidenceThoughLessThanTheAddressNow() {
    MatchPerson moved =
        new MatchPerson(
            "Kelly",
            "Mason",
            List.of(),
            BORN,
            Gender.FEMALE,
            "B13 0AA",
            null,
            List.of(),
            List.of("LS27 9QT"));
    MatchScorer.Comparison stale = MatchScorer.compare(KELLY, moved);
    assertEquals(
        Agreement.PARTIAL,
        stale.fields().get("postcode"),
        "a source that has not heard of the move");
    MatchPerson neverThere =
        new MatchPerson(
            "Kelly",
            "Mason",
            List.of(),
            BORN,
            Gender.FEMALE,
            "B13 0AA",
            null,
            List.of(),
            List.of("M1 1AE"));
    MatchScorer.Comparison elsewhere = MatchScorer.compare(KELLY, neverThere);
    assertEquals(Agreement.DISAGREE, elsewhere.fields().get("postcode"));
    assertEquals(
        MatchScorer.POSTCODE_FORMER - MatchScorer.POSTCODE_DISAGREE,
        stale.weight() - elsewhere.weight(),
        0.01);
    MatchScorer.Comparison now = MatchScorer.compare(KELLY, KELLY);
    assertTrue(
        now.weight() > stale.weight(), "living there now weighs more than having lived there");
  }

  @Test
  void aTwinIsNeverLinkedToTheOther() {
    MatchPerson jack =
        new MatchPerson("Jack", "Mason", List.of(), BORN, Gender.MALE, "LS27 9QT", null);
    MatchPerson noah =
        new MatchPerson("Noah", "Mason", List.of(), BORN, Gender.MALE, "LS27 9QT", null);
    assertTrue(
        decide(noah, jack).verdict() != MatchDecider.Verdict.LINK,
        "the other twin alone: not linked");
    MatchDecider.Decision both = decide(noah, jack, noah);
    assertEquals(MatchDecider.Verdict.LINK, both.verdict());
    assertEquals("child-1", both.chosen().orElseThrow().publicId());
    MatchPerson jackWithNhs =
        new MatchPerson("Jack", "Mason", List.of(), BORN, Gender.MALE, "LS27 9QT", "9434765919");
    MatchPerson noahWithNhs =
        new MatchPerson("Noah", "Mason", List.of(), BORN, Gender.MALE, "LS27 9QT", "9434765870");
    assertEquals(
        MatchDecider.Verdict.NEW,
        decide(noahWithNhs, jackWithNhs).verdict(),
        "different NHS numbers are different children");
    MatchPerson jackHeld =
        new MatchPerson(
            "Jack",
            "Mason",
            List.of(),
            BORN,
            Gender.MALE,
            "LS27 9QT",
            "9434765919",
            List.of("Sarah Mason"));
    MatchPerson noahArriving =
        new MatchPerson(
            "Noah",
            "Mason",
            List.of(),
            BORN,
            Gender.MALE,
            "LS27 9QT",
            null,
            List.of("Sarah Mason"));
    MatchDecider.Decision twin = decide(noahArriving, jackHeld);
    assertTrue(
        MatchScorer.compare(noahArriving, jackHeld).weight() >= MatchDecider.LINK,
        "the weights alone would link him");
    assertEquals(
        MatchDecider.Verdict.REVIEW,
        twin.verdict(),
        "the twin not yet held, with the same mother: the team decides");
    assertTrue(twin.why().contains("twin"), twin.why());
  }

  @Test
  void aDifferentChildIsNew() {
    assertEquals(
        MatchDecider.Verdict.NEW,
        decide(kelly("Ruby", "Clarke", LocalDate.of(2012, 5, 1), "LS1 1AA"), KELLY).verdict());
    assertEquals(
        MatchDecider.Verdict.NEW,
        decide(kelly("Kelly", "Mason", LocalDate.of(2009, 1, 20), "B13 0AA"), KELLY).verdict(),
        "same name, other birthday, other town");
  }

  @Test
  void inBetweenGoesToTheTeam() {
    // Another given name, the same surname, birthday and home: a twin, or a keying error? The team
    // decides.
    MatchDecider.Decision decision = decide(kelly("Kylie", "Mason", BORN, "LS27 9QT"), KELLY);
    assertEquals(MatchDecider.Verdict.REVIEW, decision.verdict());
    assertEquals(HoldReason.UNCERTAIN, decision.reason());
  }

  @Test
  void aShieldedCandidateOrLookalikeHoldsTheRecordWhateverTheWeights() {
    MatchDecider.Scored shielded =
        new MatchDecider.Scored(1, "grace", true, MatchScorer.compare(KELLY, KELLY));
    MatchDecider.Decision decision =
        MatchDecider.decide(List.of(shielded), Optional.empty(), false);
    assertEquals(MatchDecider.Verdict.REVIEW, decision.verdict());
    assertEquals(HoldReason.SHIELDED_CANDIDATE, decision.reason());
    assertEquals(
        HoldReason.SHIELDED_CANDIDATE,
        MatchDecider.decide(List.of(), Optional.empty(), true).reason(),
        "the birth date and gender plus the given name of a shielded child");
    assertEquals(
        MatchDecider.Verdict.REVIEW,
        MatchDecider.decide(List.of(), Optional.of(shielded), false).verdict(),
        "even an NHS number does not link to a shielded child unseen");
  }

  @Test
  void aTrustedIdentifierWhoseDetailsDisagreeIsAConflict() {
    MatchPerson other =
        new MatchPerson(
            "Ruby",
            "Clarke",
            List.of(),
            LocalDate.of(2014, 2, 2),
            Gender.FEMALE,
            "LS1 1AA",
            "9434765919");
    MatchPerson held =
        new MatchPerson("Kelly", "Mason", List.of(), BORN, Gender.FEMALE, "LS27 9QT", "9434765919");
    MatchDecider.Scored trusted =
        new MatchDecider.Scored(1, "kelly", false, MatchScorer.compare(other, held));
    assertEquals(
        HoldReason.IDENTIFIER_CONFLICT,
        MatchDecider.decide(List.of(trusted), Optional.of(trusted), false).reason());
  }

  @Test
  void anIdentifierThatAgreesWithTheBirthDateLinksDespiteNameDriftButNotATwinsGivenName() {
    PersonName evie = new PersonName("Evie", "Bird");
    MatchPerson renamed =
        new MatchPerson(
            "Evelyn", "Bird-Jennings", List.of(evie), BORN, Gender.FEMALE, "B13 0AA", "9434765919");
    MatchPerson evieRecord =
        new MatchPerson("Evie", "Bird", List.of(), BORN, Gender.FEMALE, "LS27 9QT", "9434765919");
    MatchDecider.Scored byNhs =
        new MatchDecider.Scored(1, "evie", false, MatchScorer.compare(evieRecord, renamed));
    assertEquals(
        MatchDecider.Verdict.LINK,
        MatchDecider.decide(List.of(byNhs), Optional.of(byNhs), false).verdict(),
        "her earlier name is one she is known by");
    MatchPerson newSurnameAndMoved =
        new MatchPerson(
            "Evie",
            "Jennings",
            List.of(),
            LocalDate.of(2011, 7, 3),
            Gender.FEMALE,
            "M1 1AA",
            "9434765919");
    MatchPerson held =
        new MatchPerson("Evie", "Bird", List.of(), BORN, Gender.FEMALE, "LS27 9QT", "9434765919");
    MatchDecider.Scored drifted =
        new MatchDecider.Scored(1, "evie", false, MatchScorer.compare(newSurnameAndMoved, held));
    assertEquals(
        MatchDecider.Verdict.LINK,
        MatchDecider.decide(List.of(), Optional.of(drifted), false).verdict(),
        "a new surname, a move and the day and month swapped: the NHS number and birth date decide");
    MatchPerson twin =
        new MatchPerson("Noah", "Bird", List.of(), BORN, Gender.FEMALE, "LS27 9QT", "9434765919");
    MatchPerson heldTwin =
        new MatchPerson("Noah", "Bird", List.of(), BORN, Gender.FEMALE, "LS27 9QT", null);
    MatchDecider.Scored evieByNhs =
        new MatchDecider.Scored(1, "evie", false, MatchScorer.compare(twin, held));
    MatchDecider.Decision twinDecision =
        MatchDecider.decide(
            List.of(
                evieByNhs,
                new MatchDecider.Scored(2, "noah", false, MatchScorer.compare(twin, heldTwin))),
            Optional.of(evieByNhs),
            false);
    assertEquals(
        HoldReason.IDENTIFIER_CONFLICT,
        twinDecision.reason(),
        "a twin keyed with the other's number");
    assertEquals(
        "The given name agrees with none of the names the child is known by, and another child resembles the record",
        twinDecision.why());
    MatchPerson stranger =
        new MatchPerson("Noah", "Clarke", List.of(), BORN, Gender.FEMALE, "M1 1AA", "9434765919");
    assertEquals(
        "The given name agrees with none of the names the child is known by",
        MatchDecider.decide(
                List.of(),
                Optional.of(
                    new MatchDecider.Scored(1, "evie", false, MatchScorer.compare(stranger, held))),
                false)
            .why(),
        "nothing but the number and birthday agree");
  }

  @Test
  void aRecordIsComparedWithEverySpellingTheChildIsKnownBy() {
    MatchPerson isabella =
        new MatchPerson(
            "Isabelha",
            "Chambers-Reid",
            List.of(new PersonName("Isabella", "Chambers")),
            BORN,
            Gender.FEMALE,
            "LS27 9QT",
            null);
    MatchScorer.Comparison comparison =
        MatchScorer.compare(kelly("Isabella", "Chambers", BORN, "LS27 9QT"), isabella);
    assertEquals(Agreement.AGREE, comparison.fields().get("given"));
    assertEquals(Agreement.AGREE, comparison.fields().get("family"));
    assertEquals(
        MatchDecider.Verdict.LINK,
        decide(kelly("Isabella", "Chambers", BORN, "LS27 9QT"), isabella).verdict());
  }

  @Test
  void blocksMeetAChildBornThatDayInThatDistrictWhateverTheName() {
    MatchBlocking blocking = MatchBlocking.of(kelly("Gerge", "Jackqon", BORN, "LS27 9QT"));
    assertEquals("LS27", blocking.district());
    assertTrue(blocking.birthDates().contains(BORN));
  }

  @Test
  void theSameMotherIsEvidenceAndARareNameWeighsMoreThanACommonOne() {
    MatchPerson held =
        new MatchPerson(
            "Oliver",
            "Smith",
            List.of(),
            BORN,
            Gender.MALE,
            "LS27 9QT",
            null,
            List.of("Sarah Smith"));
    MatchPerson movedWithMother =
        new MatchPerson(
            "Oliver",
            "Smith",
            List.of(),
            BORN,
            Gender.MALE,
            "B13 0AA",
            null,
            List.of("Sarah Smith"));
    MatchPerson movedOtherMother =
        new MatchPerson(
            "Oliver",
            "Smith",
            List.of(),
            BORN,
            Gender.MALE,
            "B13 0AA",
            null,
            List.of("Gemma Smith"));
    assertEquals(
        Agreement.AGREE, MatchScorer.compare(movedWithMother, held).fields().get("parentsCarers"));
    assertEquals(
        Agreement.DISAGREE,
        MatchScorer.compare(movedOtherMother, held).fields().get("parentsCarers"));
    assertTrue(
        MatchScorer.compare(movedWithMother, held).weight()
                - MatchScorer.compare(movedOtherMother, held).weight()
            > 7);

    NameFrequencies common = name -> name.equals("OLIVER") || name.equals("SMITH") ? 0.05 : 0.0001;
    double commonWeight = MatchScorer.compare(movedOtherMother, held, common).weight();
    MatchPerson rare =
        new MatchPerson(
            "Oisin",
            "Featherstonehaugh",
            List.of(),
            BORN,
            Gender.MALE,
            "LS27 9QT",
            null,
            List.of("Sarah X"));
    MatchPerson rareMoved =
        new MatchPerson(
            "Oisin",
            "Featherstonehaugh",
            List.of(),
            BORN,
            Gender.MALE,
            "B13 0AA",
            null,
            List.of("Gemma Y"));
    assertTrue(
        MatchScorer.compare(rareMoved, rare, common).weight() > commonWeight + 8,
        "agreeing on a rare name is stronger evidence than on a common one");
  }

  @Test
  void blocksTakeTheSwappedBirthDate() {
    assertEquals(List.of(BORN, LocalDate.of(2011, 7, 3)), MatchBlocking.of(KELLY).birthDates());
    assertEquals(
        List.of(LocalDate.of(2011, 3, 17)),
        MatchBlocking.of(kelly("Kelly", "Mason", LocalDate.of(2011, 3, 17), null)).birthDates());
  }
}
