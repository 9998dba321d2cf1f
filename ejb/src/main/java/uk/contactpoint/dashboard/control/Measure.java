package uk.contactpoint.dashboard.control;

/**
 * What a management team looks at each morning: each measure is a count on the dashboard and the
 * list behind it.
 */
public enum Measure {
  SHIELD_REVIEWS_DUE("Shield reviews due within 14 days or overdue", Scope.CHILD),
  CONTACT_REQUESTS_AGEING("Contact requests waiting more than 5 days", Scope.CHILD),
  MATCH_CASES_OPEN("Feed records waiting in the data-quality queue", Scope.OTHER),
  NO_SCHOOL("Children of school age (5 to 15) with no school", Scope.CHILD),
  NO_GP("Children registered with no GP", Scope.CHILD),
  NO_KNOWN_ADDRESS("Children with no known address", Scope.CHILD),
  TRANSFERS_IN("Children moved in within 30 days", Scope.CHILD),
  TRANSFERS_OUT("Children moved out within 30 days", Scope.CHILD),
  USERS_DUE_CLEARANCE(
      "Users due re-vetting (within 30 days), training or the agreement", Scope.OTHER),
  DORMANT_ACCOUNTS("Accounts unused for 90 days", Scope.OTHER),
  ORGANISATIONS_AT_LIMIT("Organisations at or over their account limit", Scope.OTHER),
  OPEN_ALERTS("Alerts not yet handled", Scope.OTHER),
  OPEN_INVESTIGATIONS("Investigations open", Scope.OTHER);

  /** Whether the list names children: then auditors (national) see record ids, not names. */
  public enum Scope {
    CHILD,
    OTHER
  }

  private final String label;
  private final Scope scope;

  Measure(String label, Scope scope) {
    this.label = label;
    this.scope = scope;
  }

  public String label() {
    return label;
  }

  public boolean namesChildren() {
    return scope == Scope.CHILD;
  }
}
