package uk.contactpoint.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import uk.contactpoint.shared.error.ConflictException;

/**
 * A pattern in one user's use that a reviewer of the user's section must look at. The window key
 * (rule, user and period) is unique, so scanning the same events twice raises it once.
 */
@Entity
@Table(name = "audit_alert")
public class AuditAlert {

  /** Where an alert stands. */
  public enum Status {
    OPEN,
    DISMISSED,
    INVESTIGATING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule", nullable = false, length = 30)
  private AlertRule rule;

  @Column(name = "subject_username", nullable = false, length = 60)
  private String subjectUsername;

  /**
   * The user's section, whose reviewers see the alert; none for national users (auditors see
   * those).
   */
  @Column(name = "section_id")
  private Long sectionId;

  @Column(name = "raised_at", nullable = false)
  private OffsetDateTime raisedAt;

  @Column(name = "window_key", nullable = false, length = 160, unique = true)
  private String windowKey;

  /** Counts and ids only: the reviewer reads the events themselves in the trail. */
  @Column(name = "summary", nullable = false, length = 300)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "investigation_id")
  private Long investigationId;

  protected AuditAlert() {}

  public AuditAlert(
      AlertRule rule,
      String subjectUsername,
      Long sectionId,
      Instant raisedAt,
      String window,
      String summary) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.subjectUsername = Objects.requireNonNull(subjectUsername, "subjectUsername");
    this.sectionId = sectionId;
    this.raisedAt = OffsetDateTime.ofInstant(raisedAt, ZoneOffset.UTC);
    this.windowKey = windowKey(rule, subjectUsername, window);
    this.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
    this.status = Status.OPEN;
  }

  public static String windowKey(AlertRule rule, String username, String window) {
    return rule + "/" + username + "/" + window;
  }

  public void dismiss() {
    requireOpen();
    status = Status.DISMISSED;
  }

  public void investigatedIn(long investigation) {
    requireOpen();
    status = Status.INVESTIGATING;
    investigationId = investigation;
  }

  private void requireOpen() {
    if (status != Status.OPEN) {
      throw new ConflictException(
          "This alert has already been handled ("
              + status.name().toLowerCase(java.util.Locale.ROOT)
              + ")");
    }
  }

  public Long id() {
    return id;
  }

  public AlertRule rule() {
    return rule;
  }

  public String subjectUsername() {
    return subjectUsername;
  }

  public Long sectionId() {
    return sectionId;
  }

  public Instant raisedAt() {
    return raisedAt.toInstant();
  }

  public String windowKey() {
    return windowKey;
  }

  public String summary() {
    return summary;
  }

  public Status status() {
    return status;
  }

  public Long investigationId() {
    return investigationId;
  }
}
