package uk.contactpoint.child.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its canonical form ("LS1 4AP"). Its district (the outward code, "LS1") is a
 * search key: coarse enough to find a child whose exact address a searcher does not know.
 */
public final class Postcode {

  private static final Pattern FORMAT =
      Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");
  private static final Pattern DISTRICT = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");

  private final String outward;
  private final String inward;

  private Postcode(String outward, String inward) {
    this.outward = outward;
    this.inward = inward;
  }

  /** Reads a full postcode written any common way: lower case, without or with extra spaces. */
  public static Optional<Postcode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    var matcher = FORMAT.matcher(compact);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Postcode(matcher.group(1), matcher.group(2)));
  }

  public static Postcode of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a UK postcode"));
  }

  /**
   * The district searched for: from a full postcode its outward code, or a bare outward code as
   * typed ("ls1"). Empty when the text is neither.
   */
  public static Optional<String> districtOf(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Optional<Postcode> full = parse(text);
    if (full.isPresent()) {
      return Optional.of(full.get().district());
    }
    String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return DISTRICT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }

  public String district() {
    return outward;
  }

  @Override
  public String toString() {
    return outward + " " + inward;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Postcode that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
