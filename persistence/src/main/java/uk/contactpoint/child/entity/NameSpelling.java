package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Locale;
import uk.contactpoint.shared.entity.Provenance;

/**
 * One spelling of a child's name as one source sent it: when first and last, and how far that
 * source is trusted for names. Held whether or not it is the name practitioners see (rule in {@link
 * Child#nameSent}). Immutable: a spelling sent again is replaced by a newer copy.
 */
@Embeddable
public class NameSpelling {

  /** How far a spelling's sender is trusted for names. */
  public enum Authority {
    /** A source system like any other. */
    SOURCE,
    /** A source registering the legal name (health: NHS registration), which settles a tie. */
    REGISTER,
    /** The section's data-quality team, who checked with the family or a source. */
    TEAM
  }

  @Embedded private PersonName name;

  @Column(name = "source", length = Provenance.SOURCE_LENGTH, nullable = false)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "authority", length = 12, nullable = false)
  private Authority authority;

  @Column(name = "first_sent_at", nullable = false)
  private Instant firstSentAt;

  @Column(name = "last_sent_at", nullable = false)
  private Instant lastSentAt;

  protected NameSpelling() {}

  NameSpelling(
      PersonName name,
      String source,
      Authority authority,
      Instant firstSentAt,
      Instant lastSentAt) {
    this.name = name;
    this.source = source;
    this.authority = authority;
    this.firstSentAt = firstSentAt;
    this.lastSentAt = lastSentAt;
  }

  static NameSpelling first(PersonName name, Provenance provenance, Authority authority) {
    return new NameSpelling(
        name, provenance.source(), authority, provenance.updatedAt(), provenance.updatedAt());
  }

  /** The same spelling from the same source, sent again at {@code at}. */
  NameSpelling sentAgain(Instant at) {
    return new NameSpelling(
        name, source, authority, firstSentAt, at.isAfter(lastSentAt) ? at : lastSentAt);
  }

  /** As it was before a send at {@code previousLastSent} that is being undone. */
  NameSpelling lastSentBack(Instant previousLastSent) {
    return new NameSpelling(name, source, authority, firstSentAt, previousLastSent);
  }

  boolean isFrom(String source, PersonName spelling) {
    return this.source.equals(source) && name.equals(spelling);
  }

  /**
   * The spelling without case or spacing, so that "KELLY MASON" and "Kelly Mason" are one spelling.
   */
  String key() {
    return keyOf(name);
  }

  static String keyOf(PersonName name) {
    return (name.given() + "|" + name.family()).toLowerCase(Locale.ROOT);
  }

  public PersonName name() {
    return name;
  }

  public String source() {
    return source;
  }

  public Authority authority() {
    return authority;
  }

  public Instant firstSentAt() {
    return firstSentAt;
  }

  public Instant lastSentAt() {
    return lastSentAt;
  }

  /**
   * Nothing of it: a spelling is personal data (see PersonName#toString), and it has no id of its
   * own.
   */
  @Override
  public String toString() {
    return "NameSpelling";
  }
}
