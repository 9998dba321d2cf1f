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

/**
 * One event of the audit trail: ids, action and outcome, chained by hash to the entry before it in
 * its chain. Written once, never changed (on PostgreSQL a trigger refuses it).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int ACTOR_LENGTH = 60;
  public static final int TARGET_LENGTH = 80;
  public static final int ADDRESS_LENGTH = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "chain_key", nullable = false, length = 40)
  private String chainKey;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "prev_hash", nullable = false, length = 64)
  private String prevHash;

  @Column(name = "entry_hash", nullable = false, length = 64)
  private String entryHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 40)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private AuditOutcome outcome;

  @Column(name = "actor_username", length = ACTOR_LENGTH)
  private String actorUsername;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(name = "actor_roles", length = 300)
  private String actorRoles;

  @Column(name = "actor_organisation_id")
  private Long actorOrganisationId;

  @Column(name = "actor_section_id")
  private Long actorSectionId;

  @Column(name = "child_ref", length = 36)
  private String childRef;

  @Column(name = "subject_section_id")
  private Long subjectSectionId;

  @Column(name = "subject_shielded", nullable = false)
  private boolean subjectShielded;

  @Column(name = "target_ref", length = TARGET_LENGTH)
  private String targetRef;

  @Column(name = "client_address", length = ADDRESS_LENGTH)
  private String clientAddress;

  @Column(name = "detail_hash", length = 64)
  private String detailHash;

  /** The id of the audit key that sealed the hash; null for an entry written without one. */
  @Column(name = "seal_key", length = ChainSeal.KEY_ID_LENGTH)
  private String sealKey;

  protected AuditEntry() {}

  /** Appends an entry to the chain, whose head the caller holds locked. */
  public AuditEntry(
      AuditChain chain, Instant occurredAt, AuditFacts facts, String detailHash, ChainSeal seal) {
    Instant at = ChainLink.storable(occurredAt);
    this.occurredAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    this.chainKey = chain.key();
    this.seq = chain.lastSeq() + 1;
    this.prevHash = chain.lastHash();
    this.action = facts.action();
    this.outcome = facts.outcome();
    this.actorUsername = facts.actor().username();
    this.actorAccountId = facts.actor().accountId();
    this.actorRoles = facts.actor().roles();
    this.actorOrganisationId = facts.actor().organisationId();
    this.actorSectionId = facts.actor().sectionId();
    this.childRef = facts.childRef();
    this.subjectSectionId = facts.subjectSectionId();
    this.subjectShielded = facts.subjectShielded();
    this.targetRef = facts.targetRef();
    this.clientAddress = facts.clientAddress();
    this.detailHash = detailHash;
    this.sealKey = seal.keyId();
    this.entryHash = link().hash(seal);
    chain.advance(seq, entryHash);
  }

  public ChainLink link() {
    return new ChainLink(
        chainKey,
        seq,
        prevHash,
        occurredAt.toInstant(),
        action.name(),
        outcome.name(),
        actorUsername,
        actorAccountId,
        actorRoles,
        actorOrganisationId,
        actorSectionId,
        childRef,
        subjectSectionId,
        subjectShielded,
        targetRef,
        clientAddress,
        detailHash);
  }

  public java.util.Optional<String> sealKey() {
    return java.util.Optional.ofNullable(sealKey);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public String chainKey() {
    return chainKey;
  }

  public long seq() {
    return seq;
  }

  public String entryHash() {
    return entryHash;
  }

  public AuditAction action() {
    return action;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public String actorUsername() {
    return actorUsername;
  }

  public String actorRoles() {
    return actorRoles;
  }

  public Long actorOrganisationId() {
    return actorOrganisationId;
  }

  public Long actorSectionId() {
    return actorSectionId;
  }

  public String childRef() {
    return childRef;
  }

  public Long subjectSectionId() {
    return subjectSectionId;
  }

  public boolean subjectShielded() {
    return subjectShielded;
  }

  public String targetRef() {
    return targetRef;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public String detailHash() {
    return detailHash;
  }
}
