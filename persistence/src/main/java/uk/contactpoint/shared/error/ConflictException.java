package uk.contactpoint.shared.error;

/** The act clashes with the current state (a taken username, a full organisation, a held lead). */
public class ConflictException extends ContactPointException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
