package uk.contactpoint.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The personal values of one entry (search criteria, reason text, before and after), as JSON. Its
 * hash is in the entry, so a changed detail is found; the lifecycle purge may delete it (recording
 * that in {@link AuditDetailPurge}) without breaking the chain.
 */
@Entity
@Table(name = "audit_detail")
public class AuditDetail {

  public static final int SURNAME_LENGTH = 100;

  @Id
  @Column(name = "entry_id")
  private Long entryId;

  @Column(name = "content", nullable = false)
  private String content;

  /** The family name a search asked for, kept apart so the repeated-surname alert can count it. */
  @Column(name = "search_surname", length = SURNAME_LENGTH)
  private String searchSurname;

  protected AuditDetail() {}

  public AuditDetail(long entryId, String content, String searchSurname) {
    this.entryId = entryId;
    this.content = content;
    this.searchSurname = searchSurname;
  }

  public static String hashOf(String content, String searchSurname) {
    return AuditHashes.detailHash(content, searchSurname);
  }

  public Long entryId() {
    return entryId;
  }

  public String content() {
    return content;
  }

  public String searchSurname() {
    return searchSurname;
  }
}
