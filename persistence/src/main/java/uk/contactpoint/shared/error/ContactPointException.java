package uk.contactpoint.shared.error;

import jakarta.ejb.ApplicationException;

/**
 * The one family of business failures. Rolled back, so a refused act leaves nothing half written;
 * the web layer maps each kind to one HTTP status and a problem+json body.
 */
@ApplicationException(rollback = true)
public abstract class ContactPointException extends RuntimeException {

  protected ContactPointException(String message) {
    super(message);
  }

  /** The HTTP status this failure means to a caller of the API. */
  public abstract int status();

  /** A short, fixed title for the kind of failure (the problem+json {@code title}). */
  public abstract String title();
}
