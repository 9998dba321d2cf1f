package uk.contactpoint.lifecycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What is left of a purged record: its opaque id, section and dates, no personal data. */
@Entity
@Table(name = "record_tombstone")
public class RecordTombstone {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "child_ref", length = 36, nullable = false, unique = true)
  private String childRef;

  @Column(name = "section_id")
  private Long sectionId;

  @Column(name = "archived_on", nullable = false)
  private LocalDate archivedOn;

  @Column(name = "purged_at", nullable = false)
  private OffsetDateTime purgedAt;

  protected RecordTombstone() {}

  public RecordTombstone(String childRef, Long sectionId, LocalDate archivedOn, Instant purgedAt) {
    this.childRef = childRef;
    this.sectionId = sectionId;
    this.archivedOn = archivedOn;
    this.purgedAt = OffsetDateTime.ofInstant(purgedAt, ZoneOffset.UTC);
  }
}
