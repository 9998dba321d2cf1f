package uk.contactpoint.organisationregister.control;

import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.error.FieldError;

/**
 * What a registration or a change must be, checked before anything is stored so that the form
 * answers with every wrong field at once, in words for the person typing it, rather than with the
 * entity's first refusal.
 */
public final class OrganisationRules {

  private OrganisationRules() {}

  /** Every field that is not right, named; the entity checks the lengths again. */
  public static List<FieldError> problems(OrganisationDetails details) {
    List<FieldError> errors = new ArrayList<>();
    if (details.kind() == null) {
      errors.add(new FieldError("kind", "Choose what kind of organisation it is"));
    }
    if (details.name() == null || details.name().isBlank()) {
      errors.add(new FieldError("name", "Enter the organisation's name"));
    } else if (details.name().length() > Organisation.NAME_LENGTH) {
      errors.add(
          new FieldError(
              "name", "Enter a name of at most " + Organisation.NAME_LENGTH + " characters"));
    }
    String code = details.code() == null ? "" : details.code().strip();
    if (details.kind() == OrganisationType.SCHOOL && !Organisation.URN.matcher(code).matches()) {
      errors.add(
          new FieldError(
              "code",
              "Enter the school's URN: six digits, as Get Information About Schools shows it"));
    } else if (details.kind() == OrganisationType.GP_SURGERY
        && !Organisation.ODS_PRACTICE.matcher(code.toUpperCase(java.util.Locale.ROOT)).matches()) {
      errors.add(
          new FieldError(
              "code",
              "Enter the practice's ODS code: a letter and five digits, for example B86001"));
    } else if (code.length() > Organisation.CODE_LENGTH) {
      errors.add(
          new FieldError(
              "code", "Enter a code of at most " + Organisation.CODE_LENGTH + " characters"));
    }
    if (details.town() != null && details.town().length() > Organisation.TOWN_LENGTH) {
      errors.add(
          new FieldError(
              "town", "Enter a town of at most " + Organisation.TOWN_LENGTH + " characters"));
    }
    if (details.sourceCode() != null
        && details.sourceCode().length() > Organisation.SOURCE_CODE_LENGTH) {
      errors.add(
          new FieldError(
              "sourceCode",
              "Enter a source code of at most " + Organisation.SOURCE_CODE_LENGTH + " characters"));
    }
    try {
      new ContactDetails(details.phone(), details.email());
    } catch (IllegalArgumentException invalid) {
      errors.add(
          new FieldError(
              invalid.getMessage().startsWith("email") ? "email" : "phone", invalid.getMessage()));
    }
    return errors;
  }

  /** No category given is no sensitive category (DESIGN.md rule 6). */
  public static SensitiveCategory category(OrganisationDetails details) {
    return details.sensitiveCategory() == null
        ? SensitiveCategory.NONE
        : details.sensitiveCategory();
  }

  public static ContactDetails contact(OrganisationDetails details) {
    return new ContactDetails(details.phone(), details.email());
  }
}
