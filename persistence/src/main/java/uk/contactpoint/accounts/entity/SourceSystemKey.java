package uk.contactpoint.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A source system's key for one source code (API.md, feeds). Stored only as a digest: a key is a
 * long random secret, so a fast digest is enough, and the database alone never yields it.
 */
@Entity
@Table(name = "source_system_key")
public class SourceSystemKey {

  /** Source codes name a feed ("EDU-LEEDS", "HEALTH-E08000035"): letters, digits and dashes. */
  public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";

  /** The name the caller has in the security domain: never a person's username. */
  public static final String PRINCIPAL_PREFIX = "source:";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "source_code", length = 40, nullable = false)
  private String sourceCode;

  @Column(name = "key_digest", length = 64, nullable = false, unique = true)
  private String keyDigest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected SourceSystemKey() {}

  public SourceSystemKey(String sourceCode, String keyDigest, Instant now) {
    if (sourceCode == null || !sourceCode.matches(CODE_PATTERN)) {
      throw new IllegalArgumentException(
          "A source code has 2 to 40 capital letters, digits or dashes");
    }
    this.sourceCode = sourceCode;
    this.keyDigest = Objects.requireNonNull(keyDigest, "keyDigest");
    this.createdAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long id() {
    return id;
  }

  public String sourceCode() {
    return sourceCode;
  }

  public String principalName() {
    return PRINCIPAL_PREFIX + sourceCode;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
