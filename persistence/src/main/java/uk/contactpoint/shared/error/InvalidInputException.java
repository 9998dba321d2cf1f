package uk.contactpoint.shared.error;

import java.util.List;

/**
 * Input that breaks a rule of the domain. {@code malformed} input (unreadable JSON, a date that is
 * not a date, a field we do not hold) is a 400; well-formed input that breaks a rule is a 422.
 * Either way every bad field is named, not just the first.
 */
public class InvalidInputException extends ContactPointException {

  private final transient List<FieldError> errors;
  private final boolean malformed;

  private InvalidInputException(String message, List<FieldError> errors, boolean malformed) {
    super(message);
    this.errors = List.copyOf(errors);
    this.malformed = malformed;
  }

  public static InvalidInputException invalid(List<FieldError> errors) {
    return new InvalidInputException("The request breaks a rule.", errors, false);
  }

  public static InvalidInputException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static InvalidInputException malformed(List<FieldError> errors) {
    return new InvalidInputException("The request could not be read.", errors, true);
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public int status() {
    return malformed ? 400 : 422;
  }

  @Override
  public String title() {
    return malformed ? "The request could not be read" : "The request is not valid";
  }
}
