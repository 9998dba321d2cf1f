package uk.contactpoint.shared.error;

import java.util.List;

/**
 * The act clashes with the current state (a taken username, a full organisation, a held lead). When
 * the clash lies in particular fields (a fact changed since), they are named.
 */
public class ConflictException extends ContactPointException {

  private final transient List<FieldError> errors;

  public ConflictException(String message) {
    this(message, List.of());
  }

  public ConflictException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors == null ? List.of() : errors;
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
