package uk.contactpoint.audit.control;

import java.util.Map;
import java.util.TreeMap;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.audit.entity.AuditedRecord;

/**
 * What one act adds to its audit event while it runs: the record it touched, other targets, and
 * personal values for the detail row. Collected by {@link AuditNotes}, written by {@link
 * AuditTrail}.
 */
public final class AuditNote {

  private final AuditAction action;
  private AuditOutcome outcome;
  private String actorUsername;
  private String clientAddress;
  private String childRef;
  private Long subjectSectionId;
  private boolean subjectShielded;
  private String targetRef;
  private String searchSurname;
  private final Map<String, Object> detail = new TreeMap<>();

  public AuditNote(AuditAction action) {
    this.action = action;
  }

  /** The record the act was about. */
  public AuditNote child(AuditedRecord child) {
    this.childRef = child.publicId();
    this.subjectSectionId = child.sectionId();
    this.subjectShielded = child.isShielded();
    return this;
  }

  /** Something other than a child record the act was about: "account:jane", "organisation:12". */
  public AuditNote target(String kind, Object id) {
    this.targetRef = kind + ":" + id;
    return this;
  }

  /** A personal value, kept in the purgeable detail row. */
  public AuditNote detail(String name, Object value) {
    if (value != null) {
      detail.put(name, value);
    }
    return this;
  }

  /** A change: what the fields held before and after. */
  public AuditNote change(Map<String, ?> before, Map<String, ?> after) {
    detail.put("before", before);
    detail.put("after", after);
    return this;
  }

  public AuditNote searchedSurname(String surname) {
    this.searchSurname = surname;
    return this;
  }

  /** The act ended without an exception but was refused (a login with a wrong factor). */
  public AuditNote outcome(AuditOutcome refused) {
    this.outcome = refused;
    return this;
  }

  /** Who acted, where no caller identity exists yet (logins, activation). */
  public AuditNote actor(String username) {
    this.actorUsername = username;
    return this;
  }

  public AuditNote from(String address) {
    this.clientAddress = address;
    return this;
  }

  public AuditAction action() {
    return action;
  }

  /** Null while the act has not said otherwise. */
  public AuditOutcome outcome() {
    return outcome;
  }

  public String actorUsername() {
    return actorUsername;
  }

  public String clientAddress() {
    return clientAddress;
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

  public String searchSurname() {
    return searchSurname;
  }

  public Map<String, Object> detail() {
    return detail;
  }

  public boolean hasDetail() {
    return !detail.isEmpty() || searchSurname != null;
  }
}
