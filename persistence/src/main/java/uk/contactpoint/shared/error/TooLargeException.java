package uk.contactpoint.shared.error;

/** A request with more than ContactPoint takes at once (a feed batch over its record limit). */
public class TooLargeException extends ContactPointException {

  public TooLargeException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String title() {
    return "Content too large";
  }
}
