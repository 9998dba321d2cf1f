package uk.contactpoint.auditreview.boundary;

/**
 * Why someone outside a section's management team must read the trail's values about a shielded
 * child or a sensitive service (rules 5 and 6). Stating one is audited and alerted.
 */
public enum ReviewPurpose {
  CHILD_PROTECTION_ENQUIRY,
  SUBJECT_ACCESS_REQUEST,
  COMPLAINT_OR_BREACH_INVESTIGATION,
  COURT_ORDER
}
