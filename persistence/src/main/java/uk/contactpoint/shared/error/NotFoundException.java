package uk.contactpoint.shared.error;

/** Not found, or not visible to this user: the two are never told apart (API.md). */
public class NotFoundException extends ContactPointException {

  public NotFoundException(String what) {
    super(what + " was not found.");
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
