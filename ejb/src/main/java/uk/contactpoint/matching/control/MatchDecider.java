package uk.contactpoint.matching.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.contactpoint.matching.entity.HoldReason;

/**
 * The decision over the scored candidates of one record. Above {@link #LINK} the record is linked,
 * unless a second candidate comes within {@link #CLEAR_MARGIN} (twins); between {@link #REVIEW} and
 * {@link #LINK} it goes to the data-quality team; below, it is a new child. Whatever the weights, a
 * record that meets a shielded child is held for the team (rule 5): it is how the 2009 system
 * re-created shielded children as unshielded duplicates.
 */
public final class MatchDecider {

  public static final double LINK = 20.0;
  public static final double REVIEW = 12.0;
  public static final double CLEAR_MARGIN = 6.0;

  /** A held record and how the incoming one compares with it. */
  public record Scored(
      long childId, String publicId, boolean shielded, MatchScorer.Comparison comparison) {
    public double weight() {
      return comparison.weight();
    }
  }

  public enum Verdict {
    LINK,
    REVIEW,
    NEW
  }

  /**
   * {@code why}: for an identifier conflict, what disagrees, in the team's words; otherwise null.
   */
  public record Decision(
      Verdict verdict,
      Optional<Scored> chosen,
      HoldReason reason,
      List<Scored> ranked,
      String why) {
    public Decision(
        Verdict verdict, Optional<Scored> chosen, HoldReason reason, List<Scored> ranked) {
      this(verdict, chosen, reason, ranked, null);
    }
  }

  /**
   * A second record that another of the incoming record's trusted identifiers names (the first
   * named the trusted child). {@code protectedRecord}: that record is shielded or a new identity.
   * The identifiers in the team's words ("NHS number").
   */
  public record AlsoNamed(
      Scored child, boolean protectedRecord, String firstIdentifier, String secondIdentifier) {}

  private MatchDecider() {}

  /**
   * As {@link #decide(List, Optional, boolean)}, when the record's identifiers name two records:
   * linking would put one record's identifier on the other (a duplicate the team merges, or a
   * number keyed wrong), so a link becomes a case for the team; for the shielded child's team, if
   * the other record is protected.
   */
  public static Decision decide(
      List<Scored> candidates,
      Optional<Scored> trusted,
      boolean shieldedLookalike,
      Optional<AlsoNamed> alsoNamed) {
    Decision decision = decide(candidates, trusted, shieldedLookalike);
    if (alsoNamed.isEmpty() || decision.verdict() != Verdict.LINK) {
      return decision;
    }
    AlsoNamed other = alsoNamed.get();
    return other.protectedRecord()
        ? new Decision(
            Verdict.REVIEW,
            Optional.of(other.child()),
            HoldReason.SHIELDED_CANDIDATE,
            decision.ranked())
        : new Decision(
            Verdict.REVIEW,
            decision.chosen(),
            HoldReason.IDENTIFIER_CONFLICT,
            decision.ranked(),
            "Its "
                + other.firstIdentifier()
                + " names this record and its "
                + other.secondIdentifier()
                + " another: two records of one child, to merge?");
  }

  /**
   * @param trusted the child a trusted identifier (the source's own id, NHS number, UPN) names
   * @param shieldedLookalike a shielded child shares the record's birth date and gender and its NHS
   *     number or given name
   */
  public static Decision decide(
      List<Scored> candidates, Optional<Scored> trusted, boolean shieldedLookalike) {
    List<Scored> ranked =
        candidates.stream().sorted(Comparator.comparingDouble(Scored::weight).reversed()).toList();
    boolean meetsAShield =
        shieldedLookalike
            || trusted.map(Scored::shielded).orElse(false)
            || ranked.stream().anyMatch(s -> s.shielded() && s.weight() >= REVIEW);
    if (meetsAShield) {
      Optional<Scored> first = trusted.isPresent() ? trusted : ranked.stream().findFirst();
      return new Decision(Verdict.REVIEW, first, HoldReason.SHIELDED_CANDIDATE, ranked);
    }
    if (trusted.isPresent()) {
      Optional<String> conflict = conflictWith(trusted.get(), ranked);
      return conflict.isEmpty()
          ? new Decision(Verdict.LINK, trusted, null, ranked)
          : new Decision(
              Verdict.REVIEW, trusted, HoldReason.IDENTIFIER_CONFLICT, ranked, conflict.get());
    }
    if (ranked.isEmpty() || ranked.get(0).weight() < REVIEW) {
      return new Decision(Verdict.NEW, Optional.empty(), null, ranked);
    }
    Scored best = ranked.get(0);
    if (best.weight() < LINK) {
      return new Decision(Verdict.REVIEW, Optional.of(best), HoldReason.UNCERTAIN, ranked);
    }
    if (ranked.size() > 1
        && ranked.get(1).weight() >= REVIEW
        && ranked.get(1).weight() > best.weight() - CLEAR_MARGIN) {
      return new Decision(Verdict.REVIEW, Optional.of(best), HoldReason.AMBIGUOUS, ranked);
    }
    if (looksLikeATwin(best)) {
      return new Decision(
          Verdict.REVIEW,
          Optional.of(best),
          HoldReason.UNCERTAIN,
          ranked,
          "Another given name, with the same family name and birthday: a twin, or the same child?");
    }
    return new Decision(Verdict.LINK, Optional.of(best), null, ranked);
  }

  /**
   * A twin not yet held meets the other twin as a near-perfect match: the same family name,
   * birthday, address and carers; only the given name differs, and a few points of that do not
   * outweigh the rest (the weights assume the fields independent, which a twin is not). Such a
   * record is never linked unseen; the team decides.
   */
  static boolean looksLikeATwin(Scored best) {
    java.util.Map<String, Agreement> fields = best.comparison().fields();
    return fields.get("given") == Agreement.DISAGREE
        && fields.get("dateOfBirth") != Agreement.DISAGREE
        && fields.get("family") != Agreement.DISAGREE
        && fields.get("nhsNumber") != Agreement.AGREE;
  }

  /**
   * Why the child a trusted identifier (the source's own id, NHS number, UPN) cannot be the
   * record's, if it cannot. Identifiers decide: with the date of birth agreeing (or its day and
   * month swapped) the record links however far the names have drifted (a typo, a new surname, a
   * short form), unless the names are incompatible. They are when the first given name agrees with
   * none of the names the child is known by, not even as a short form, a typing error or a
   * sound-alike, and either another child in the blocks resembles the record (a twin keyed with the
   * other's number looks like that) or the rest of the record without the identifier is too weak to
   * stand. A different gender is incompatible. With the date of birth differing, the rest of the
   * record must agree as strongly as it would have to without the identifier; otherwise someone
   * keyed the wrong number.
   */
  static Optional<String> conflictWith(Scored trusted, List<Scored> ranked) {
    java.util.Map<String, Agreement> fields = trusted.comparison().fields();
    double withoutTheIdentifier =
        trusted.weight() - (fields.get("nhsNumber") == Agreement.AGREE ? MatchScorer.NHS_AGREE : 0);
    if (fields.get("gender") == Agreement.DISAGREE) {
      return Optional.of("The gender differs");
    }
    if (fields.get("given") == Agreement.DISAGREE) {
      if (ranked.stream()
          .anyMatch(other -> other.childId() != trusted.childId() && other.weight() >= REVIEW)) {
        return Optional.of(
            "The given name agrees with none of the names the child is known by, and another child resembles the record");
      }
      if (withoutTheIdentifier < REVIEW) {
        return Optional.of("The given name agrees with none of the names the child is known by");
      }
    }
    if (fields.get("dateOfBirth") == Agreement.DISAGREE && withoutTheIdentifier < REVIEW) {
      return Optional.of("The date of birth differs and too little else agrees");
    }
    return Optional.empty();
  }
}
