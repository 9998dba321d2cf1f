package uk.contactpoint.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a fact came from and when it was last updated. Every fact on a record carries one, so a
 * practitioner can judge how fresh it is and a manager can trace a wrong fact to its source.
 */
@Embeddable
public class Provenance {

  public static final int SOURCE_LENGTH = 40;

  @Column(name = "source", length = SOURCE_LENGTH)
  private String source;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Provenance() {}

  public Provenance(String source, Instant updatedAt) {
    if (source == null || source.isBlank() || source.length() > SOURCE_LENGTH) {
      throw new IllegalArgumentException(
          "A fact needs a source code of 1 to " + SOURCE_LENGTH + " characters");
    }
    this.source = source;
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public String source() {
    return source;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
