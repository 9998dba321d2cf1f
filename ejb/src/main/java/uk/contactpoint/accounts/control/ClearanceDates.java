package uk.contactpoint.accounts.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The dates of an account's clearance as user administration records them (DESIGN.md rule 1):
 * vetting, training and the signed agreement.
 */
public final class ClearanceDates {

  /** How far back a clearance date may lie: a career, not a typing slip of centuries. */
  private static final int CLEARANCE_YEARS_BACK = 50;

  private ClearanceDates() {}

  /**
   * Vetting, training and the signed agreement are things that happened: a date ahead would make a
   * clearance that never expires (the vetting check counts its years from it).
   */
  public static void requireHappened(
      LocalDate vettedOn, LocalDate trainedOn, LocalDate agreementSignedOn, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    dates.put("vettedOn", vettedOn);
    dates.put("trainedOn", trainedOn);
    dates.put("agreementSignedOn", agreementSignedOn);
    dates.forEach(
        (field, date) -> {
          if (date != null
              && (date.isAfter(today) || date.isBefore(today.minusYears(CLEARANCE_YEARS_BACK)))) {
            errors.add(
                new FieldError(
                    field,
                    "Enter the date it happened: today or earlier, within the last "
                        + CLEARANCE_YEARS_BACK
                        + " years"));
          }
        });
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
  }

  /** The three dates as the audit records a change of them, before and after. */
  public static Map<String, String> auditValues(
      LocalDate vetted, LocalDate trained, LocalDate agreement) {
    Map<String, String> values = new TreeMap<>();
    values.put("vettedOn", String.valueOf(vetted));
    values.put("trainedOn", String.valueOf(trained));
    values.put("agreementSignedOn", String.valueOf(agreement));
    return values;
  }
}
