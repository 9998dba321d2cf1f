package uk.contactpoint.shared.error;

/** Logged in, but this act is not this user's to do (beyond what @RolesAllowed already refuses). */
public class ForbiddenException extends ContactPointException {

  public ForbiddenException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Not allowed";
  }
}
