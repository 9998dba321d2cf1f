package uk.contactpoint.audit.entity;

/** What was done. Stored by name: never rename a constant, the trail keeps the old ones. */
public enum AuditAction {
  LOGIN,
  LOGOUT,
  SEARCH,
  RECORD_ACCESS,
  INVOLVEMENT_ADDED,
  INVOLVEMENT_ENDED,
  SENSITIVE_CONSENT_WITHDRAWN,
  LEAD_TAKEN,
  CAF_RECORDED,
  INACCURACY_REPORTED,
  CONTACT_DETAILS_CHANGED,
  /** The holder asked for the daily e-mail of changes, or stopped it. */
  DAILY_DIGEST_CHANGED,
  /** The national operator registered a local authority's section, or corrected its name. */
  SECTION_REGISTERED,
  SECTION_RENAMED,
  ACCOUNT_OPENED,
  ACCOUNT_ACTIVATED,
  ACCOUNT_DISABLED,
  ACCOUNT_ENABLED,
  ACCOUNT_UNLOCKED,
  ACCOUNT_TOKEN_RESET,
  ACCOUNT_CLEARANCE_RECORDED,
  ORGANISATION_ACCREDITED,
  ORGANISATION_ACCREDITATION_REVOKED,
  SOURCE_KEY_ISSUED,
  SOURCE_KEY_REVOKED,
  SHIELD_REQUESTED,
  SHIELD_REQUEST_DECIDED,
  SHIELD_APPLIED,
  SHIELD_REMOVED,
  SHIELD_OVERRIDE,
  OVERRIDE_RIGHT_GRANTED,
  OVERRIDE_RIGHT_REVOKED,
  /**
   * One member of the shielding duty proposed the override right; a different one must confirm it
   * (then OVERRIDE_RIGHT_GRANTED).
   */
  OVERRIDE_RIGHT_PROPOSED,
  /** A proposal of the override right refused by another member, or withdrawn by its proposer. */
  OVERRIDE_RIGHT_REFUSED,
  CONTACT_REQUEST_STEP,
  AUDIT_SEARCHED,
  /** A reviewer read shielded or sensitive values of the trail, stating a purpose. */
  AUDIT_PURPOSE_STATED,
  AUDIT_EXPORTED,
  AUDIT_VERIFIED,
  AUDIT_DETAILS_PURGED,
  AUDIT_RETENTION_APPLIED,
  /** A chain sealed with the audit key when a server first starts with it. */
  AUDIT_KEY_ADOPTED,
  ALERT_DISMISSED,
  INVESTIGATION_OPENED,
  INVESTIGATION_ACCOUNT_SUSPENDED,
  INVESTIGATION_MANAGER_NOTIFIED,
  INVESTIGATION_CLOSED,
  /** A call the container refused because the caller lacks the role. */
  FEED_BATCH_RECEIVED,
  FEED_RECORD_APPLIED,
  MATCH_CASE_DECIDED,
  INACCURACY_CLOSED,
  FEED_SOURCE_APPROVED,
  NEW_IDENTITY_MARKED,
  RECORDS_MERGED,
  MERGE_SPLIT,
  RECORD_CREATED,
  RECORD_AMENDED,
  RECORD_ARCHIVED,
  RECORD_PURGED,
  EXTENSION_RECORDED,
  EXTENSION_WITHDRAWN,
  SUBJECT_ACCESS_OPENED,
  SUBJECT_ACCESS_EXPORTED,
  CORRECTION_RECORDED,
  CORRECTION_ASSIGNED,
  CORRECTION_RESOLVED,
  FEED_SOURCE_NEW_TRIAL,
  /** An operator opened an archived record for a statutory purpose (rule 8). */
  ARCHIVED_RECORD_OPENED,
  /**
   * A manager or auditor opened the list behind a dashboard figure: the list names children (rule
   * 4).
   */
  DASHBOARD_LIST_READ,
  /**
   * An auditor or audit reviewer read one of the data protection officer's reports: a reading of
   * the trail is itself audited (rule 4).
   */
  DPO_REPORT_READ,
  DPO_REPORT_EXPORTED,
  /**
   * A user printed a page: its reference (on the paper) and the page, recorded when the browser
   * starts printing, so a printout found leads to one entry.
   */
  PAGE_PRINTED,
  /** A data-quality manager undid a feed record's link to the wrong child (rule 10). */
  LINK_UNDONE,
  /**
   * A data-quality manager read the queue of held records; each candidate shown is also a
   * RECORD_ACCESS.
   */
  MATCH_QUEUE_READ,
  /**
   * The organisation register: a school, surgery, service or group registered, changed or closed.
   */
  ORGANISATION_REGISTERED,
  ORGANISATION_CHANGED,
  ORGANISATION_CLOSED,
  /**
   * A national register's file read into the organisation register: what it added, changed and
   * closed.
   */
  ORGANISATIONS_IMPORTED,
  ACCESS_DENIED;

  /**
   * Acts that raise an alert every time, whoever does them: any override of a shield (rules 4 and
   * 5), any reading of shielded or sensitive values with a stated purpose (rules 5 and 6), and any
   * opening of an archived record by an operator (rule 8).
   */
  public boolean alwaysAlerts() {
    return this == SHIELD_OVERRIDE
        || this == AUDIT_PURPOSE_STATED
        || this == ARCHIVED_RECORD_OPENED;
  }
}
