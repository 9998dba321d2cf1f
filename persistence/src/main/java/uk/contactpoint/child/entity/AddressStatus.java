package uk.contactpoint.child.entity;

/** How much the address on a record can be relied upon. */
public enum AddressStatus {
  CURRENT,
  LAST_KNOWN,
  NO_KNOWN_ADDRESS,
  LEFT_ENGLAND
}
