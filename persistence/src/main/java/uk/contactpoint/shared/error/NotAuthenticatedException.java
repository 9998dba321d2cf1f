package uk.contactpoint.shared.error;

/** The caller has not proved who they are. */
public class NotAuthenticatedException extends ContactPointException {

  public NotAuthenticatedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String title() {
    return "Log in first";
  }
}
