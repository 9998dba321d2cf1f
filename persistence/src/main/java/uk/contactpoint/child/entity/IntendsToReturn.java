package uk.contactpoint.child.entity;

/** For a child who has left England: whether the family means to come back. */
public enum IntendsToReturn {
  YES,
  NO,
  UNKNOWN
}
