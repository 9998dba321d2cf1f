package uk.contactpoint.organisation.entity;

/**
 * Services whose very involvement says something sensitive about a child (DESIGN.md rule 6).
 * Practitioners are only ever told that "one or more sensitive services" are involved.
 */
public enum SensitiveCategory {
  NONE,
  SEXUAL_HEALTH,
  DRUGS,
  ALCOHOL,
  MENTAL_HEALTH;

  public boolean isSensitive() {
    return this != NONE;
  }
}
