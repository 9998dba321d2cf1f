package uk.contactpoint.brokering.entity;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A practitioner's request to be put in touch, brokered by the management team because the record
 * is shielded or a sensitive service is involved: asked, forwarded, and its outcome.
 */
@Entity
@Table(name = "contact_request")
public class ContactRequest {

  public static final int MESSAGE_LENGTH = 1000;

  /** How it ended. */
  public enum Outcome {
    AGREED,
    DECLINED,
    NO_RESPONSE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Column(name = "requested_by", nullable = false, length = 60)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "message", nullable = false, length = MESSAGE_LENGTH)
  private String message;

  @Column(name = "forwarded_to", length = 200)
  private String forwardedTo;

  @Column(name = "forwarded_by", length = 60)
  private String forwardedBy;

  @Column(name = "forwarded_at")
  private OffsetDateTime forwardedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20)
  private Outcome outcome;

  @Column(name = "outcome_by", length = 60)
  private String outcomeBy;

  @Column(name = "outcome_at")
  private OffsetDateTime outcomeAt;

  /** The service's name and contact, given to the requester only when the young person agreed. */
  @Column(name = "shared_contact", length = 300)
  private String sharedContact;

  protected ContactRequest() {}

  public ContactRequest(Child child, String requestedBy, Instant at, String message) {
    if (message == null || message.isBlank()) {
      throw InvalidInputException.invalid("message", "Say who you need to reach and why");
    }
    if (message.length() > MESSAGE_LENGTH) {
      throw InvalidInputException.invalid(
          "message", "Write at most " + MESSAGE_LENGTH + " characters");
    }
    this.child = child;
    this.section = child.section();
    this.requestedBy = requestedBy;
    this.requestedAt = utc(at);
    this.message = message.strip();
  }

  public void forwardTo(String to, String by, Instant at) {
    requireOpen();
    if (to == null || to.isBlank() || to.length() > 200) {
      throw InvalidInputException.invalid(
          "forwardedTo", "Name the service or contact point it went to (at most 200 characters)");
    }
    forwardedTo = to.strip();
    forwardedBy = by;
    forwardedAt = utc(at);
  }

  /** Closes the request; {@code shared} is the contact the young person agreed to give, or null. */
  public void close(Outcome how, String shared, String by, Instant at) {
    requireOpen();
    if (how == null) {
      throw InvalidInputException.invalid(
          "outcome", "Choose the outcome: AGREED, DECLINED or NO_RESPONSE");
    }
    if (shared != null && !shared.isBlank() && how != Outcome.AGREED) {
      throw InvalidInputException.invalid(
          "sharedContact", "A contact is passed on only when the young person or family agreed");
    }
    if (shared != null && shared.length() > 300) {
      throw InvalidInputException.invalid("sharedContact", "Write at most 300 characters");
    }
    outcome = how;
    sharedContact = shared == null || shared.isBlank() ? null : shared.strip();
    outcomeBy = by;
    outcomeAt = utc(at);
  }

  private void requireOpen() {
    if (outcomeAt != null) {
      throw new ConflictException("This request is closed.");
    }
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Child child() {
    return child;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt.toInstant();
  }

  public String message() {
    return message;
  }

  public String forwardedTo() {
    return forwardedTo;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String sharedContact() {
    return sharedContact;
  }

  public boolean isOpen() {
    return outcomeAt == null;
  }
}
