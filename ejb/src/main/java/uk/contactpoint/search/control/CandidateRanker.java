package uk.contactpoint.search.control;

import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.NameKeys;

/**
 * Scores the few candidates the index returned against what was typed. Names weigh most
 * (Jaro–Winkler per token, a short form counting as nearly the full form); birth and postcode
 * confirm. Candidates whose name is too far off, or whose known gender differs from the one asked
 * for, are dropped rather than shown low down.
 */
public class CandidateRanker {

  /** Below this a name is a different name, whatever its sound code says. */
  static final double NAME_THRESHOLD = 0.80;

  static final double SHORT_FORM_SIMILARITY = 0.95;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  public record Ranked(Candidate candidate, double score) {}

  public List<Ranked> rank(ChildSearchCriteria criteria, List<Candidate> candidates) {
    return candidates.stream()
        .filter(candidate -> genderFits(criteria.gender(), candidate.gender()))
        .filter(
            candidate ->
                criteria.postcodeDistrict() == null
                    || candidate.shielded()
                    || criteria.postcodeDistrict().equals(candidate.postcodeDistrict()))
        .map(candidate -> new Ranked(candidate, score(criteria, candidate)))
        .filter(ranked -> ranked.score() > 0)
        .sorted(
            Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparing(r -> r.candidate().family())
                .thenComparing(r -> r.candidate().given())
                .thenComparing(r -> r.candidate().publicId()))
        .toList();
  }

  /** 0 when the candidate should not be listed; otherwise between 0 and 1. */
  double score(ChildSearchCriteria criteria, Candidate candidate) {
    double weighted = 0;
    double weights = 0;
    if (criteria.hasName()) {
      double name = nameSimilarity(criteria.nameTokens(), candidate.nameTokens());
      if (name < NAME_THRESHOLD) {
        return 0;
      }
      weighted += 0.6 * name;
      weights += 0.6;
    }
    if (criteria.dateOfBirth() != null || criteria.yearOfBirth() != null) {
      var range = criteria.birthRange().orElseThrow();
      boolean inRange =
          !candidate.birthDate().isBefore(range[0]) && !candidate.birthDate().isAfter(range[1]);
      weighted += 0.3 * (inRange ? 1 : 0);
      weights += 0.3;
    }
    if (criteria.postcode() != null) {
      weighted += 0.1 * (criteria.postcode().equals(candidate.postcode()) ? 1 : 0.5);
      weights += 0.1;
    }
    return weights == 0 ? 0 : Math.round(weighted / weights * 1000) / 1000.0;
  }

  /**
   * Each typed token meets its best counterpart among the child's name tokens; one typed name with
   * no counterpart at all (below the threshold) rules the child out.
   */
  static double nameSimilarity(List<String> typed, List<String> held) {
    double total = 0;
    for (String token : typed) {
      double best = 0;
      for (String candidateToken : held) {
        best = Math.max(best, tokenSimilarity(token, candidateToken));
      }
      if (best < NAME_THRESHOLD) {
        return 0;
      }
      total += best;
    }
    return total / typed.size();
  }

  static double tokenSimilarity(String typed, String held) {
    double similarity = JARO_WINKLER.apply(typed, held);
    if (similarity < SHORT_FORM_SIMILARITY && NameKeys.sameFullForm(typed, held)) {
      return SHORT_FORM_SIMILARITY;
    }
    return similarity;
  }

  private static boolean genderFits(Gender wanted, Gender held) {
    return wanted == null
        || wanted == Gender.NOT_SPECIFIED
        || held == Gender.NOT_SPECIFIED
        || wanted == held;
  }
}
