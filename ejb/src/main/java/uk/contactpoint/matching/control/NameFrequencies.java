package uk.contactpoint.matching.control;

/**
 * How common a name is among the children held: the share of records that carry the name token.
 * Agreement on "Oliver Smith" is weak evidence that two records are one child; agreement on a rare
 * name is strong (frequency-based Fellegi–Sunter u-probabilities).
 */
@FunctionalInterface
public interface NameFrequencies {

  /**
   * The share of children whose names hold this token (upper case, as {@code NameKeys.tokens} gives
   * it).
   */
  double share(String token);

  /**
   * Every name as common as the flat weights assume: about 1 child in 135 per given name, 1 in 270
   * per family name.
   */
  NameFrequencies FLAT = token -> Double.NaN;
}
