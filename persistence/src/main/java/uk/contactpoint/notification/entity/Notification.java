package uk.contactpoint.notification.entity;

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
import java.util.Objects;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.Practitioner;

/**
 * Something another practitioner or service did on a child's record, told to those working with the
 * child. A feed may name only the organisation, so the practitioner is optional.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** What happened. */
  public enum Kind {
    JOINED,
    ENDED,
    TOOK_LEAD,
    /** Took over the CAF this recipient was recorded as holding. */
    TOOK_CAF
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "recipient_id", nullable = false)
  private Practitioner recipient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "child_id", nullable = false)
  private Child child;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private Kind kind;

  /** The practitioner who acted; null where a feed named only their organisation. */
  @ManyToOne
  @JoinColumn(name = "actor_id")
  private Practitioner actor;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  protected Notification() {}

  public Notification(
      Practitioner recipient, Child child, Kind kind, Practitioner actor, Instant happenedAt) {
    this(
        recipient,
        child,
        kind,
        Objects.requireNonNull(actor, "actor").organisation(),
        actor,
        happenedAt);
  }

  /** {@code actor} may be null: the organisation acted, as a feed reported it. */
  public Notification(
      Practitioner recipient,
      Child child,
      Kind kind,
      Organisation organisation,
      Practitioner actor,
      Instant happenedAt) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.child = Objects.requireNonNull(child, "child");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.actor = actor;
    this.happenedAt = Objects.requireNonNull(happenedAt, "happenedAt");
  }

  public Practitioner recipient() {
    return recipient;
  }

  public Child child() {
    return child;
  }

  public Kind kind() {
    return kind;
  }

  public java.util.Optional<Practitioner> actor() {
    return java.util.Optional.ofNullable(actor);
  }

  public Organisation organisation() {
    return organisation;
  }

  public Instant happenedAt() {
    return happenedAt;
  }
}
