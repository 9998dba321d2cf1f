package uk.contactpoint.matching.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.NameKeys;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;

/**
 * Fellegi–Sunter comparison of two records: each field adds the log2 of how much likelier its
 * agreement (or disagreement) is between records of one child (m) than between records of two (u).
 * The weights are rounded log2(m/u) for the corruption England's sources show (typos, nicknames,
 * swapped day and month, moves, missing postcodes): docs/feeds.md lists them, and
 * bench/matching_accuracy.sh measures what they give.
 */
public final class MatchScorer {

  // Given name: the same name is rare between two children (u ~ 1/150); typos and nicknames are
  // not.
  static final double GIVEN_AGREE = 7.0;
  static final double GIVEN_PARTIAL = 5.0;
  static final double GIVEN_DISAGREE = -4.5;
  // Family name: rarer still between two children.
  static final double FAMILY_AGREE = 8.0;
  static final double FAMILY_PARTIAL = 5.5;
  static final double FAMILY_DISAGREE = -5.0;
  // Date of birth: about 1 in 6,500 days of childhood; a swapped day and month is a known error.
  static final double BIRTH_AGREE = 10.0;
  static final double BIRTH_PARTIAL = 6.5;
  static final double BIRTH_DISAGREE = -9.0;
  static final double GENDER_AGREE = 0.7;
  static final double GENDER_DISAGREE = -4.0;
  // Postcode: a fifth of children move, so disagreement says little.
  static final double POSTCODE_AGREE = 4.5;
  static final double POSTCODE_DISTRICT = 1.0;
  static final double POSTCODE_DISAGREE = -1.5;
  // A postcode the child has lived at: a source that has not heard of the move yet, or one record's
  // wrong address since put right.
  static final double POSTCODE_FORMER = 3.0;
  // Parents and carers: the same mother's name is strong evidence; carers change (a step-parent),
  // so a difference is weak.
  static final double CARER_AGREE = 5.0;
  static final double CARER_PARTIAL = 3.0;
  static final double CARER_DISAGREE = -2.5;
  // NHS numbers: two different numbers are two children (twins included).
  static final double NHS_AGREE = 14.0;
  static final double NHS_DISAGREE = -14.0;

  /** m: how often one child's two records agree on a name (typos and nicknames aside). */
  static final double NAME_M = 0.95;

  // Frequency-based weights stay within these bounds: a tiny share is more likely a data artefact.
  static final double NAME_AGREE_MIN = 3.0;
  static final double GIVEN_AGREE_MAX = 11.0;
  static final double FAMILY_AGREE_MAX = 13.0;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  /** The total weight and each field's agreement. */
  public record Comparison(double weight, Map<String, Agreement> fields) {}

  private MatchScorer() {}

  public static Comparison compare(MatchPerson incoming, MatchPerson held) {
    return compare(incoming, held, NameFrequencies.FLAT);
  }

  /**
   * With name frequencies, an exact agreement on a name weighs log2(m / share): a common name
   * counts for less than the flat weight, a rare one for more; a close agreement never counts for
   * more than an exact one would.
   */
  public static Comparison compare(
      MatchPerson incoming, MatchPerson held, NameFrequencies frequencies) {
    Map<String, Agreement> fields = new LinkedHashMap<>();
    NameComparison names = bestOfNames(incoming, held, frequencies);
    fields.put("given", names.given());
    fields.put("family", names.family());
    double weight = names.weight();
    Agreement born = birthAgreement(incoming.birthDate(), held.birthDate());
    fields.put("dateOfBirth", born);
    weight += pick(born, BIRTH_AGREE, BIRTH_PARTIAL, BIRTH_DISAGREE);
    Agreement gender = genderAgreement(incoming.gender(), held.gender());
    fields.put("gender", gender);
    weight += pick(gender, GENDER_AGREE, 0, GENDER_DISAGREE);
    Agreement postcode = postcodeAgreement(incoming.postcode(), held.postcode());
    boolean formerPostcode =
        postcode != Agreement.AGREE
            && held.formerPostcodes().stream()
                .anyMatch(
                    former -> postcodeAgreement(incoming.postcode(), former) == Agreement.AGREE);
    fields.put("postcode", formerPostcode ? Agreement.PARTIAL : postcode);
    weight +=
        formerPostcode
            ? POSTCODE_FORMER
            : pick(postcode, POSTCODE_AGREE, POSTCODE_DISTRICT, POSTCODE_DISAGREE);
    Agreement carers = carerAgreement(incoming.carerNames(), held.carerNames());
    fields.put("parentsCarers", carers);
    weight += pick(carers, CARER_AGREE, CARER_PARTIAL, CARER_DISAGREE);
    Agreement nhs =
        incoming.nhsNumber() == null || held.nhsNumber() == null
            ? Agreement.MISSING
            : incoming.nhsNumber().equals(held.nhsNumber()) ? Agreement.AGREE : Agreement.DISAGREE;
    fields.put("nhsNumber", nhs);
    weight += pick(nhs, NHS_AGREE, 0, NHS_DISAGREE);
    return new Comparison(Math.round(weight * 10) / 10.0, fields);
  }

  private static double agreeWeight(
      NameFrequencies frequencies, String name, double flat, double max) {
    if (name == null || name.isEmpty()) {
      return flat;
    }
    double share = frequencies.share(name);
    if (Double.isNaN(share) || share <= 0) {
      return flat;
    }
    double weight = Math.log(NAME_M / share) / Math.log(2);
    return Math.max(NAME_AGREE_MIN, Math.min(max, weight));
  }

  private static String first(String given) {
    List<String> tokens = NameKeys.tokens(given);
    return tokens.isEmpty() ? null : tokens.get(0);
  }

  private static double pick(Agreement agreement, double agree, double partial, double disagree) {
    return switch (agreement) {
      case AGREE -> agree;
      case PARTIAL -> partial;
      case DISAGREE -> disagree;
      case MISSING -> 0;
    };
  }

  /** How the names of two records agree: the given and family name, and their weight together. */
  record NameComparison(Agreement given, Agreement family, double weight) {}

  /**
   * The incoming name against each name the held child is known by (the name, former names and
   * every other spelling a source has sent): the best agreeing one counts. One source's
   * misspelling, or a name changed and changed back, then still meets the child.
   */
  static NameComparison bestOfNames(
      MatchPerson incoming, MatchPerson held, NameFrequencies frequencies) {
    NameComparison best =
        namesAgainst(incoming.given(), incoming.family(), held.given(), held.family(), frequencies);
    for (PersonName other : held.formerNames()) {
      NameComparison against =
          namesAgainst(
              incoming.given(), incoming.family(), other.given(), other.family(), frequencies);
      if (against.weight() > best.weight()) {
        best = against;
      }
    }
    return best;
  }

  private static NameComparison namesAgainst(
      String inGiven,
      String inFamily,
      String heldGiven,
      String heldFamily,
      NameFrequencies frequencies) {
    Agreement given = givenAgreement(inGiven, heldGiven);
    double givenAgree = agreeWeight(frequencies, first(heldGiven), GIVEN_AGREE, GIVEN_AGREE_MAX);
    Agreement family = familyAgreement(inFamily, heldFamily);
    double familyAgree =
        agreeWeight(
            frequencies,
            String.join(" ", NameKeys.tokens(heldFamily)),
            FAMILY_AGREE,
            FAMILY_AGREE_MAX);
    return new NameComparison(
        given,
        family,
        pick(given, givenAgree, Math.min(GIVEN_PARTIAL, givenAgree), GIVEN_DISAGREE)
            + pick(family, familyAgree, Math.min(FAMILY_PARTIAL, familyAgree), FAMILY_DISAGREE));
  }

  private static Agreement givenAgreement(String incoming, String held) {
    List<String> in = NameKeys.tokens(incoming);
    List<String> known = NameKeys.tokens(held);
    if (in.isEmpty() || known.isEmpty()) {
      return Agreement.MISSING;
    }
    // The first given name is the one sources agree on; middle names come and go.
    Agreement first = tokens(in.get(0), known.get(0));
    if (first != Agreement.DISAGREE) {
      return first;
    }
    return in.stream().anyMatch(known::contains) ? Agreement.PARTIAL : Agreement.DISAGREE;
  }

  private static Agreement familyAgreement(String incoming, String held) {
    List<String> in = NameKeys.tokens(incoming);
    List<String> known = NameKeys.tokens(held);
    if (in.isEmpty() || known.isEmpty()) {
      return Agreement.MISSING;
    }
    if (in.equals(known)) {
      return Agreement.AGREE;
    }
    // A double-barrelled name against one of its halves, either way round.
    if (in.stream().anyMatch(known::contains)) {
      return Agreement.PARTIAL;
    }
    return tokens(String.join("", in), String.join("", known)) != Agreement.DISAGREE
        ? Agreement.PARTIAL
        : Agreement.DISAGREE;
  }

  /**
   * Two name tokens: the same; or a nickname, a typing error, the same sound, or very close. A
   * typing error is one of the four a keyboard makes (a letter changed, dropped, doubled, or two
   * swapped); in a name of seven letters or more, two of them, since two names that long so alike
   * are one name misspelt far likelier than two children's names.
   */
  static Agreement tokens(String one, String other) {
    if (one.equals(other)) {
      return Agreement.AGREE;
    }
    if (NameKeys.sameFullForm(one, other)) {
      return Agreement.PARTIAL;
    }
    int shorter = Math.min(one.length(), other.length());
    if (shorter >= 3 && keyingErrors(one, other, shorter >= 7 ? 2 : 1) >= 0) {
      return Agreement.PARTIAL;
    }
    // Double Metaphone keeps four sounds, so long names sharing a start sound alike; ask the
    // spelling too.
    double spelling = JARO_WINKLER.apply(one, other);
    if (spelling >= 0.92 || (spelling >= 0.85 && METAPHONE.isDoubleMetaphoneEqual(one, other))) {
      return Agreement.PARTIAL;
    }
    return Agreement.DISAGREE;
  }

  /**
   * How many keying errors (a letter changed, dropped or added, or two neighbours swapped) turn one
   * into the other — the optimal string alignment distance — or -1 when more than {@code most}.
   */
  static int keyingErrors(String one, String other, int most) {
    if (Math.abs(one.length() - other.length()) > most) {
      return -1;
    }
    int[][] d = new int[one.length() + 1][other.length() + 1];
    for (int i = 0; i <= one.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= other.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= one.length(); i++) {
      for (int j = 1; j <= other.length(); j++) {
        int cost = one.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && one.charAt(i - 1) == other.charAt(j - 2)
            && one.charAt(i - 2) == other.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    int distance = d[one.length()][other.length()];
    return distance <= most ? distance : -1;
  }

  /**
   * Any carer of one in common with the other: by full name, or each part close (a typo, a short
   * form).
   */
  static Agreement carerAgreement(List<String> incoming, List<String> held) {
    if (incoming.isEmpty() || held.isEmpty()) {
      return Agreement.MISSING;
    }
    Agreement best = Agreement.DISAGREE;
    for (String one : incoming) {
      for (String other : held) {
        List<String> a = NameKeys.tokens(one);
        List<String> b = NameKeys.tokens(other);
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        if (a.equals(b)) {
          return Agreement.AGREE;
        }
        if (tokens(a.get(0), b.get(0)) != Agreement.DISAGREE
            && tokens(a.get(a.size() - 1), b.get(b.size() - 1)) != Agreement.DISAGREE) {
          best = Agreement.PARTIAL;
        }
      }
    }
    return best;
  }

  static Agreement birthAgreement(LocalDate one, LocalDate other) {
    if (one == null || other == null) {
      return Agreement.MISSING;
    }
    if (one.equals(other)) {
      return Agreement.AGREE;
    }
    if (one.getYear() == other.getYear()
        && one.getDayOfMonth() == other.getMonthValue()
        && one.getMonthValue() == other.getDayOfMonth()) {
      return Agreement.PARTIAL;
    }
    return Agreement.DISAGREE;
  }

  private static Agreement genderAgreement(Gender one, Gender other) {
    if (one == null
        || other == null
        || one == Gender.NOT_SPECIFIED
        || other == Gender.NOT_SPECIFIED) {
      return Agreement.MISSING;
    }
    return one == other ? Agreement.AGREE : Agreement.DISAGREE;
  }

  private static Agreement postcodeAgreement(String one, String other) {
    var first = Postcode.parse(one);
    var second = Postcode.parse(other);
    if (first.isEmpty() || second.isEmpty()) {
      return Agreement.MISSING;
    }
    if (first.get().equals(second.get())) {
      return Agreement.AGREE;
    }
    return first.get().district().equals(second.get().district())
        ? Agreement.PARTIAL
        : Agreement.DISAGREE;
  }
}
