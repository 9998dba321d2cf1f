package uk.contactpoint.child.entity;

/** The kinds of identifier a source system gives a child. */
public enum IdentifierType {
  /** Issued by the NHS; the issuer is always {@link ChildIdentifier#NHS}. */
  NHS_NUMBER,
  /** A unique pupil number; the issuer is always {@link ChildIdentifier#DFE}. */
  UPN,
  /** A source system's own number for the child, shown only to that body's staff. */
  SOURCE_ID
}
