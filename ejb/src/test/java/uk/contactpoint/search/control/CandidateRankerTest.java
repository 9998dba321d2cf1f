package uk.contactpoint.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.Gender;

class CandidateRankerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final LocalDate KELLYS_BIRTHDAY = LocalDate.of(2011, 8, 27);
  private final CandidateRanker ranker = new CandidateRanker();

  private static Candidate child(
      String id, String given, String family, Gender gender, String... former) {
    return new Candidate(
        1,
        id,
        given,
        family,
        List.of(former),
        KELLYS_BIRTHDAY,
        gender,
        "Morley",
        "LS27 9QT",
        "LS27",
        "Leeds",
        false);
  }

  private List<String> ranked(String name, List<Candidate> candidates) {
    return ranker
        .rank(
            ChildSearchCriteria.of(name, KELLYS_BIRTHDAY, null, null, null, null, null, TODAY),
            candidates)
        .stream()
        .map(r -> r.candidate().publicId())
        .toList();
  }

  @Test
  void misspellingsOfKellyRankKellyFirst() {
    List<Candidate> candidates =
        List.of(
            child("kyle", "Kyle", "Mason", Gender.MALE),
            child("kelly", "Kelly", "Mason", Gender.FEMALE),
            child("kali", "Kali", "Moss", Gender.FEMALE),
            child("cole", "Cole", "Mason", Gender.MALE));
    for (String typed : List.of("Kely", "Kelli", "Kellie", "Kelly Mason", "Kely Masson")) {
      assertEquals("kelly", ranked(typed, candidates).get(0), typed);
    }
  }

  @Test
  void aNameTooFarFromWhatWasTypedIsNotListed() {
    assertEquals(
        List.of("kelly"),
        ranked(
            "Kelly",
            List.of(
                child("kelly", "Kelly", "Mason", Gender.FEMALE),
                child("cole", "Cole", "Mason", Gender.MALE))));
  }

  @Test
  void everyTypedNameMustMatchSomeName() {
    // Libby and Elsie are both short for Elizabeth, but Jackson is not Mason.
    assertEquals(
        List.of(),
        ranked("Libby Mason", List.of(child("elsie", "Elsie", "Jackson", Gender.FEMALE))));
  }

  @Test
  void aFormerNameFindsTheChild() {
    assertEquals(
        List.of("kelly"),
        ranked(
            "Kelly Smith",
            List.of(child("kelly", "Kelly", "Mason", Gender.FEMALE, "Kelly Smith"))));
  }

  @Test
  void aShortFormFindsTheFullName() {
    List<CandidateRanker.Ranked> ranked =
        ranker.rank(
            ChildSearchCriteria.of("Libby", KELLYS_BIRTHDAY, null, null, null, null, null, TODAY),
            List.of(child("elizabeth", "Elizabeth", "Mason", Gender.FEMALE)));
    assertEquals(1, ranked.size());
    assertTrue(ranked.get(0).score() > 0.9);
  }

  @Test
  void aKnownDifferentGenderIsLeftOut() {
    List<CandidateRanker.Ranked> ranked =
        ranker.rank(
            ChildSearchCriteria.of(
                "Kelly", KELLYS_BIRTHDAY, null, Gender.MALE, null, null, null, TODAY),
            List.of(
                child("kelly", "Kelly", "Mason", Gender.FEMALE),
                child("kelly-ns", "Kelly", "Moss", Gender.NOT_SPECIFIED)));
    assertEquals(List.of("kelly-ns"), ranked.stream().map(r -> r.candidate().publicId()).toList());
  }
}
