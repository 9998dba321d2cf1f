package uk.contactpoint.child.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.contactpoint.shared.error.ConflictException;

/**
 * Two records of one child merged by the data-quality team, and what moved (as JSON: the
 * involvements, the carers copied, the name kept as a former name, the school or GP that filled a
 * gap, the shield carried over), so that a wrong merge is split exactly.
 */
@Entity
@Table(name = "child_merge")
public class ChildMerge {

  public static final int MOVED_LENGTH = 4_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "survivor_id", nullable = false)
  private Child survivor;

  @ManyToOne(optional = false)
  @JoinColumn(name = "merged_id", nullable = false)
  private Child merged;

  @Column(name = "moved", length = MOVED_LENGTH, nullable = false)
  private String moved;

  @Column(name = "merged_by", length = 60, nullable = false)
  private String mergedBy;

  @Column(name = "merged_at", nullable = false)
  private OffsetDateTime mergedAt;

  @Column(name = "split_by", length = 60)
  private String splitBy;

  @Column(name = "split_at")
  private OffsetDateTime splitAt;

  protected ChildMerge() {}

  public ChildMerge(Child survivor, Child merged, String moved, String by, Instant at) {
    if (moved.length() > MOVED_LENGTH) {
      throw new ConflictException("This record has too much to merge at once; ask the operators.");
    }
    this.survivor = survivor;
    this.merged = merged;
    this.moved = moved;
    this.mergedBy = by;
    this.mergedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public void split(String by, Instant at) {
    if (splitAt != null) {
      throw new ConflictException("This merge was split already.");
    }
    splitBy = by;
    splitAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Child survivor() {
    return survivor;
  }

  public Child merged() {
    return merged;
  }

  public String moved() {
    return moved;
  }

  public String mergedBy() {
    return mergedBy;
  }

  public Instant mergedAt() {
    return mergedAt.toInstant();
  }

  public Optional<Instant> splitAt() {
    return Optional.ofNullable(splitAt).map(OffsetDateTime::toInstant);
  }
}
