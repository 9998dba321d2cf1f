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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * One period of a child's shield: applied with a criterion, a reason and a review date; perhaps
 * lifted.
 */
@Entity
@Table(name = "shield")
public class Shield {

  public static final int REASON_LENGTH = 1000;
  public static final int DEFAULT_REVIEW_MONTHS = 6;

  /** The furthest a review may be set ahead. */
  public static final int LONGEST_REVIEW_MONTHS = 24;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  /** Set when the shield is a parent/carer's rather than the child's own. */
  @ManyToOne
  @JoinColumn(name = "parent_carer_id")
  private uk.contactpoint.child.entity.ParentCarer parentCarer;

  @Enumerated(EnumType.STRING)
  @Column(name = "criterion", nullable = false, length = 30)
  private ShieldCriterion criterion;

  @Column(name = "reason", nullable = false, length = REASON_LENGTH)
  private String reason;

  @Column(name = "review_on", nullable = false)
  private LocalDate reviewOn;

  @Column(name = "applied_by", nullable = false, length = 60)
  private String appliedBy;

  @Column(name = "applied_at", nullable = false)
  private OffsetDateTime appliedAt;

  @Column(name = "removed_by", length = 60)
  private String removedBy;

  @Column(name = "removed_at")
  private OffsetDateTime removedAt;

  @Column(name = "removal_reason", length = REASON_LENGTH)
  private String removalReason;

  protected Shield() {}

  /**
   * Shields the child: checks the facts, then sets the child's flag (which re-keys its search
   * entries).
   */
  public static Shield apply(
      Child child,
      ShieldCriterion criterion,
      String reason,
      LocalDate reviewOn,
      String by,
      Instant at,
      LocalDate today) {
    if (child.isShielded()) {
      throw new ConflictException("This record is already shielded.");
    }
    Shield shield = start(child, null, criterion, reason, reviewOn, by, at, today);
    child.shield();
    return shield;
  }

  /**
   * Shields one parent/carer of the child (rule 5): their contact and what their address would
   * reveal.
   */
  public static Shield applyToCarer(
      uk.contactpoint.child.entity.ParentCarer carer,
      ShieldCriterion criterion,
      String reason,
      LocalDate reviewOn,
      String by,
      Instant at,
      LocalDate today) {
    if (carer.isShielded()) {
      throw new ConflictException("This parent or carer is already shielded.");
    }
    Shield shield = start(carer.child(), carer, criterion, reason, reviewOn, by, at, today);
    carer.shield();
    return shield;
  }

  private static Shield start(
      Child child,
      uk.contactpoint.child.entity.ParentCarer carer,
      ShieldCriterion criterion,
      String reason,
      LocalDate reviewOn,
      String by,
      Instant at,
      LocalDate today) {
    if (criterion == null) {
      throw InvalidInputException.invalid("criterion", "Choose the criterion for the shield");
    }
    requireReason("reason", reason);
    LocalDate review = reviewOn == null ? today.plusMonths(DEFAULT_REVIEW_MONTHS) : reviewOn;
    if (!review.isAfter(today)) {
      throw InvalidInputException.invalid("reviewOn", "The review date must be in the future");
    }
    if (review.isAfter(today.plusMonths(LONGEST_REVIEW_MONTHS))) {
      // A shield is reviewed, not forgotten: a date years ahead would keep it without anyone
      // looking again.
      throw InvalidInputException.invalid(
          "reviewOn", "The review date must be within " + LONGEST_REVIEW_MONTHS / 12 + " years");
    }
    Shield shield = new Shield();
    shield.child = child;
    shield.parentCarer = carer;
    shield.criterion = criterion;
    shield.reason = reason.strip();
    shield.reviewOn = review;
    shield.appliedBy = Objects.requireNonNull(by, "by");
    shield.appliedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    return shield;
  }

  /** Lifts the shield, keeping this row as its history. */
  public void remove(String by, Instant at, String why) {
    if (removedAt != null) {
      throw new ConflictException("This shield has already been lifted.");
    }
    requireReason("reason", why);
    removedBy = by;
    removedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    removalReason = why.strip();
    if (parentCarer != null) {
      parentCarer.unshield();
    } else {
      child.unshield();
    }
  }

  public static void requireReason(String field, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.invalid(field, "Give the reason");
    }
    if (text.length() > REASON_LENGTH) {
      throw InvalidInputException.invalid(field, "Write at most " + REASON_LENGTH + " characters");
    }
  }

  public Long id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public ShieldCriterion criterion() {
    return criterion;
  }

  public String reason() {
    return reason;
  }

  public LocalDate reviewOn() {
    return reviewOn;
  }

  public String appliedBy() {
    return appliedBy;
  }

  public Instant appliedAt() {
    return appliedAt.toInstant();
  }

  public boolean isActive() {
    return removedAt == null;
  }
}
