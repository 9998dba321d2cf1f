package uk.contactpoint.organisation.entity;

/** What kind of body an organisation is; schools and GP surgeries are the universal services. */
public enum OrganisationType {
  SCHOOL("School"),
  GP_SURGERY("GP surgery"),
  LOCAL_AUTHORITY_SERVICE("Local authority service"),
  HEALTH_SERVICE("Health service"),
  HOUSING("Housing"),
  VOLUNTARY_GROUP("Voluntary or community group"),
  OTHER_SERVICE("Other service");

  private final String label;

  OrganisationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
