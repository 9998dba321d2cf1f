package uk.contactpoint.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;

/**
 * A feed record applied to a child that already existed, and what that changed (as JSON: each
 * fact's value before and after, the rows it added), so that a link to the wrong child is undone
 * exactly, as {@code ChildMerge} lets a wrong merge be split.
 */
@Entity
@Table(name = "child_link")
public class ChildLink {

  public static final int CHANGES_LENGTH = 8_000;

  /** Written instead of the changes when they do not fit: such a link is corrected by hand. */
  public static final String TOO_LARGE = "{\"tooLarge\":true}";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "feed_record_id", nullable = false)
  private ReceivedRecord record;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Column(name = "changes", length = CHANGES_LENGTH, nullable = false)
  private String changes;

  @Column(name = "linked_by", length = 60, nullable = false)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false)
  private OffsetDateTime linkedAt;

  @Column(name = "undone_by", length = 60)
  private String undoneBy;

  @Column(name = "undone_at")
  private OffsetDateTime undoneAt;

  @Version
  @Column(name = "version")
  private int version;

  protected ChildLink() {}

  public ChildLink(Child child, ReceivedRecord record, String changes, String by, Instant at) {
    this.child = Objects.requireNonNull(child, "child");
    this.record = Objects.requireNonNull(record, "record");
    this.section = child.section();
    this.changes = changes.length() > CHANGES_LENGTH ? TOO_LARGE : changes;
    this.linkedBy = Objects.requireNonNull(by, "by");
    this.linkedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public void undo(String by, Instant at) {
    if (undoneAt != null) {
      throw new ConflictException("This link was undone already.");
    }
    undoneBy = Objects.requireNonNull(by, "by");
    undoneAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** The child went back to the section it came from: the link is listed there now. */
  public void listIn(LocalAuthoritySection newSection) {
    section = Objects.requireNonNull(newSection, "newSection");
  }

  public Long id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public ReceivedRecord record() {
    return record;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public String changes() {
    return changes;
  }

  public String linkedBy() {
    return linkedBy;
  }

  public Instant linkedAt() {
    return linkedAt.toInstant();
  }

  public Optional<String> undoneBy() {
    return Optional.ofNullable(undoneBy);
  }

  public Optional<Instant> undoneAt() {
    return Optional.ofNullable(undoneAt).map(OffsetDateTime::toInstant);
  }
}
