package uk.contactpoint.shielding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;

/**
 * A proposal to give a child-protection user the override right (DESIGN.md rule 5). The right opens
 * a shielded child's whereabouts, so no single member of the shielding duty grants it: one
 * proposes, a different one confirms, the grantee is neither, and an unconfirmed proposal lapses.
 */
@Entity
@Table(name = "override_right_proposal")
public class OverrideRightProposal {

  /**
   * A proposal nobody confirmed within this time lapses: the team is asked again, not reminded of a
   * stale one.
   */
  public static final Duration OPEN_FOR = Duration.ofDays(7);

  /** How a proposal was closed; a lapsed one has none (it simply passed its expiry). */
  public enum Outcome {
    CONFIRMED,
    REFUSED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "grantee_id", nullable = false)
  private UserAccount grantee;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Column(name = "proposed_by", nullable = false, length = UserAccount.USERNAME_LENGTH)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private OffsetDateTime proposedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "closed_by", length = UserAccount.USERNAME_LENGTH)
  private String closedBy;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20)
  private Outcome outcome;

  protected OverrideRightProposal() {}

  /** Proposed by a member of the grantee's own section's shielding duty; never by the grantee. */
  public OverrideRightProposal(UserAccount grantee, String proposedBy, Instant at) {
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(at, "at");
    if (grantee.section() == null) {
      throw new IllegalArgumentException("Only an account of a section is named by its team");
    }
    if (grantee.username().equals(proposedBy)) {
      throw new ForbiddenException(
          "Another member of the team proposes the override right: nobody names themselves.");
    }
    this.grantee = grantee;
    this.section = grantee.section();
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.proposedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    this.expiresAt = OffsetDateTime.ofInstant(at.plus(OPEN_FOR), ZoneOffset.UTC);
  }

  /**
   * The second member confirms: the grantee gets the right, recorded as granted by the confirmer.
   * Refused for the proposer and the grantee (403), and for a closed or lapsed proposal (409).
   */
  public void confirm(String by, Instant at) {
    requireOpen(at);
    if (by.equals(proposedBy)) {
      throw new ForbiddenException(
          "A different member of the team confirms the override right: not the one who proposed it.");
    }
    requireNotTheGrantee(by);
    grantee.grantOverride(by, at);
    close(Outcome.CONFIRMED, by, at);
  }

  /** The proposer withdraws their proposal, or another member (not the grantee) refuses it. */
  public Outcome refuse(String by, Instant at) {
    requireOpen(at);
    requireNotTheGrantee(by);
    Outcome how = by.equals(proposedBy) ? Outcome.WITHDRAWN : Outcome.REFUSED;
    close(how, by, at);
    return how;
  }

  private void requireNotTheGrantee(String by) {
    if (by.equals(grantee.username())) {
      throw new ForbiddenException("The user named for the override right does not decide on it.");
    }
  }

  private void requireOpen(Instant at) {
    if (outcome != null) {
      throw new ConflictException(
          "This proposal was " + outcome.name().toLowerCase(java.util.Locale.ROOT) + " already.");
    }
    if (hasLapsed(at)) {
      throw new ConflictException(
          "This proposal lapsed unconfirmed after "
              + OPEN_FOR.toDays()
              + " days: propose the right again.");
    }
  }

  private void close(Outcome how, String by, Instant at) {
    outcome = how;
    closedBy = by;
    closedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public boolean hasLapsed(Instant at) {
    return outcome == null && !at.isBefore(expiresAt.toInstant());
  }

  /** Waiting for a second member: neither closed nor lapsed. */
  public boolean isOpen(Instant at) {
    return outcome == null && !hasLapsed(at);
  }

  public Long id() {
    return id;
  }

  public UserAccount grantee() {
    return grantee;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt.toInstant();
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> closedBy() {
    return Optional.ofNullable(closedBy);
  }

  @Override
  public String toString() {
    return "OverrideRightProposal[" + id + "]";
  }
}
