package uk.contactpoint.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A message to one member of staff that is not about a child (an investigation of one of their
 * users).
 */
@Entity
@Table(name = "staff_notice")
public class StaffNotice {

  public static final int MESSAGE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "recipient_username", nullable = false, length = 60)
  private String recipientUsername;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "message", nullable = false, length = MESSAGE_LENGTH)
  private String message;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected StaffNotice() {}

  public StaffNotice(String recipientUsername, Instant createdAt, String message) {
    this.recipientUsername = Objects.requireNonNull(recipientUsername, "recipientUsername");
    this.createdAt = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    this.message =
        message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message;
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
  }

  public Long id() {
    return id;
  }

  public String recipientUsername() {
    return recipientUsername;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String message() {
    return message;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
