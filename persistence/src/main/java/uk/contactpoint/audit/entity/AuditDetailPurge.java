package uk.contactpoint.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * That an entry's detail row was deleted on purpose, so the verifier does not report it missing.
 */
@Entity
@Table(name = "audit_detail_purge")
public class AuditDetailPurge {

  @Id
  @Column(name = "entry_id")
  private Long entryId;

  @Column(name = "purged_at", nullable = false)
  private OffsetDateTime purgedAt;

  @Column(name = "purged_by", nullable = false, length = 60)
  private String purgedBy;

  protected AuditDetailPurge() {}

  public AuditDetailPurge(long entryId, Instant purgedAt, String purgedBy) {
    this.entryId = entryId;
    this.purgedAt = OffsetDateTime.ofInstant(purgedAt, ZoneOffset.UTC);
    this.purgedBy = purgedBy;
  }
}
