package uk.contactpoint.feeds.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.NhsNumber;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.shared.error.FieldError;

/**
 * Every field of a bound feed record checked against the data set's rules; all errors are reported
 * at once, each by its path, so the source can correct its record in one go.
 */
public final class FeedValidation {

  /** A record older than this is not a child's (care leavers are kept to 25 at most). */
  public static final int OLDEST_AGE = 25;

  static final int NAME_LENGTH = 100;
  static final int TEXT_LENGTH = 200;
  static final int MAX_FORMER_NAMES = 10;
  static final int MAX_CARERS = 8;
  static final int MAX_INVOLVEMENTS = 50;
  private static final Pattern LOCAL_AUTHORITY =
      uk.contactpoint.section.entity.LocalAuthoritySection.CODE;

  /** Kept as the child's source identifier, whose column holds 40 characters (a UUID is 36). */
  private static final Pattern RECORD_ID =
      Pattern.compile(
          "[A-Za-z0-9./:_-]{1," + uk.contactpoint.child.entity.ChildIdentifier.VALUE_LENGTH + "}");

  private static final Pattern NAME = uk.contactpoint.child.entity.PersonName.PATTERN;
  private static final Pattern URN = Pattern.compile("[0-9]{6}");
  private static final Pattern PHONE = uk.contactpoint.shared.entity.ContactDetails.PHONE;
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

  private final List<FieldError> errors = new ArrayList<>();
  private final LocalDate today;

  private FeedValidation(LocalDate today) {
    this.today = today;
  }

  /** The errors of a record that bound; empty when it may be applied. */
  public static List<FieldError> check(FeedRecord record, Set<String> sections, LocalDate today) {
    FeedValidation validation = new FeedValidation(today);
    validation.checkRecord(record, sections);
    return validation.errors;
  }

  private void checkRecord(FeedRecord r, Set<String> sections) {
    if (required("recordId", r.recordId()) && !RECORD_ID.matcher(r.recordId()).matches()) {
      error(
          "recordId",
          "must be 1 to "
              + uk.contactpoint.child.entity.ChildIdentifier.VALUE_LENGTH
              + " letters, digits or . / : _ -");
    }
    if (required("localAuthority", r.localAuthority())) {
      if (!LOCAL_AUTHORITY.matcher(r.localAuthority()).matches()) {
        error("localAuthority", "must be an English local authority code such as E08000035");
      } else if (!sections.contains(r.localAuthority())) {
        error("localAuthority", "is not a local authority ContactPoint serves");
      }
    }
    if (r.name() == null) {
      error("name", "is required");
    } else {
      name("name.given", r.name().given());
      name("name.family", r.name().family());
      if (r.formerNames().size() > MAX_FORMER_NAMES) {
        error("name.former", "has at most " + MAX_FORMER_NAMES + " names");
      }
      for (int i = 0; i < r.formerNames().size(); i++) {
        String former = r.formerNames().get(i);
        if (former == null
            || former.isBlank()
            || former.length() > TEXT_LENGTH
            || !NAME.matcher(former.strip()).matches()
            || former.strip().split("\\s+").length < 2) {
          error("name.former[" + i + "]", "must be a given and a family name, letters only");
        }
      }
    }
    if (r.dateOfBirth() == null) {
      error("dateOfBirth", "is required");
    } else if (r.dateOfBirth().isAfter(today)) {
      error("dateOfBirth", "is in the future");
    } else if (r.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE))) {
      error(
          "dateOfBirth",
          "is more than "
              + OLDEST_AGE
              + " years ago: ContactPoint holds children and young people only");
    }
    if (r.gender() == null) {
      error("gender", "is required");
    }
    if (r.nhsNumber() != null && !NhsNumber.isValid(r.nhsNumber().replace(" ", ""))) {
      error("nhsNumber", "must be 10 digits with a valid check digit");
    }
    if (r.upn() != null && !Upn.isValid(r.upn())) {
      error("upn", "must be a unique pupil number of 13 characters with a valid check letter");
    }
    if (r.address() == null) {
      error("address", "is required (use the status NO_KNOWN_ADDRESS when there is none)");
    } else {
      address("address", r.address());
    }
    if (r.carers().size() > MAX_CARERS) {
      error("parentsCarers", "has at most " + MAX_CARERS + " people");
    }
    for (int i = 0; i < r.carers().size(); i++) {
      FeedRecord.CarerIn carer = r.carers().get(i);
      String at = "parentsCarers[" + i + "]";
      if (carer == null) {
        error(at, "is empty");
        continue;
      }
      if (required(at + ".name", carer.name())
          && (carer.name().length() > TEXT_LENGTH
              || !NAME.matcher(carer.name().strip()).matches())) {
        error(at + ".name", "must be letters, at most " + TEXT_LENGTH);
      }
      if (carer.relationship() == null) {
        error(at + ".relationship", "is required");
      }
      contact(at + ".contact", carer.contact());
    }
    if (r.school() != null) {
      if (r.school().urn() == null || !URN.matcher(r.school().urn()).matches()) {
        error("school.urn", "must be the school's 6-digit unique reference number");
      }
      text("school.name", r.school().name(), true);
      if (r.school().startDate() != null && r.school().startDate().isAfter(today.plusMonths(12))) {
        error("school.startDate", "is more than a year ahead");
      }
    }
    if (r.gp() != null) {
      if (r.gp().odsCode() == null
          || !uk.contactpoint.organisation.entity.Organisation.ODS_PRACTICE
              .matcher(r.gp().odsCode())
              .matches()) {
        error("gp.odsCode", "must be the practice's ODS code, a letter and 5 digits");
      }
      text("gp.name", r.gp().name(), true);
    }
    if (r.involvementList().size() > MAX_INVOLVEMENTS) {
      error("involvements", "has at most " + MAX_INVOLVEMENTS + " involvements");
    }
    for (int i = 0; i < r.involvementList().size(); i++) {
      involvement("involvements[" + i + "]", r.involvementList().get(i), r.dateOfBirth());
    }
    if (r.dateOfDeath() != null) {
      if (r.dateOfDeath().isAfter(today)) {
        error("dateOfDeath", "is in the future");
      } else if (r.dateOfBirth() != null && r.dateOfDeath().isBefore(r.dateOfBirth())) {
        error("dateOfDeath", "is before the date of birth");
      }
    }
  }

  private void address(String at, FeedRecord.AddressIn address) {
    if (address.status() == null) {
      error(at + ".status", "is required");
      return;
    }
    boolean hasLines = address.lines() != null && !address.lines().isEmpty();
    switch (address.status()) {
      case CURRENT, LAST_KNOWN -> {
        if (!hasLines && address.postcode() == null) {
          error(at, "needs a first line or a postcode");
        }
        if (hasLines && address.lines().size() > 3) {
          error(at + ".lines", "has at most 3 lines");
        }
        for (int i = 0; hasLines && i < address.lines().size(); i++) {
          text(at + ".lines[" + i + "]", address.lines().get(i), true);
        }
        text(at + ".town", address.town(), false);
        if (address.postcode() != null && Postcode.parse(address.postcode()).isEmpty()) {
          error(at + ".postcode", "is not a UK postcode");
        }
        if (address.intendsToReturn() != null) {
          error(at + ".intendsToReturn", "is only for a child who has left England");
        }
      }
      case NO_KNOWN_ADDRESS, LEFT_ENGLAND -> {
        if (hasLines || address.postcode() != null || address.town() != null) {
          error(at, "has no lines, town or postcode when its status is " + address.status());
        }
        if (address.status() == AddressStatus.LEFT_ENGLAND && address.intendsToReturn() == null) {
          error(at + ".intendsToReturn", "is required when the child has left England");
        }
      }
      default -> error(at + ".status", "is not known");
    }
  }

  private void contact(String at, FeedRecord.Contact contact) {
    if (contact == null) {
      return;
    }
    if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
      error(at + ".phone", "must be a phone number");
    }
    if (contact.email() != null
        && (contact.email().length() > TEXT_LENGTH || !EMAIL.matcher(contact.email()).matches())) {
      error(at + ".email", "must be an e-mail address");
    }
    if (contact.address() != null) {
      address(at + ".address", contact.address());
    }
  }

  private void involvement(String at, FeedRecord.InvolvementIn involvement, LocalDate born) {
    if (involvement == null) {
      error(at, "is empty");
      return;
    }
    text(at + ".organisation", involvement.organisation(), true);
    text(at + ".organisationCode", involvement.organisationCode(), false);
    text(at + ".role", involvement.role(), true);
    text(at + ".practitioner", involvement.practitioner(), false);
    text(at + ".jobTitle", involvement.jobTitle(), false);
    contact(at + ".contact", involvement.contact());
    if (involvement.startDate() == null) {
      error(at + ".startDate", "is required");
    } else if (involvement.endDate() != null
        && involvement.endDate().isBefore(involvement.startDate())) {
      error(at + ".endDate", "is before the start");
    } else if (born != null && involvement.startDate().isBefore(born)) {
      error(at + ".startDate", "is before the child's date of birth");
    }
    if (Boolean.TRUE.equals(involvement.sensitive())) {
      // DESIGN.md rule 6: a sensitive service is held only with recorded consent or a judgement of
      // harm.
      if (involvement.consent() == null || involvement.consent().basis() == null) {
        error(
            at + ".consent",
            "is required for a sensitive service: the young person's, a parent's, or the judgement of significant harm");
      } else {
        text(at + ".consent.note", involvement.consent().note(), true);
      }
    } else if (involvement.consent() != null) {
      error(at + ".consent", "is recorded for sensitive services only");
    }
  }

  private void name(String at, String value) {
    if (required(at, value)
        && (value.length() > NAME_LENGTH || !NAME.matcher(value.strip()).matches())) {
      error(at, "must be letters (with spaces, hyphens or apostrophes), at most " + NAME_LENGTH);
    }
  }

  private void text(String at, String value, boolean needed) {
    if (value == null) {
      if (needed) {
        error(at, "is required");
      }
      return;
    }
    if (value.isBlank()) {
      error(at, "is empty");
    } else if (value.length() > TEXT_LENGTH) {
      error(at, "has at most " + TEXT_LENGTH + " characters");
    }
  }

  private boolean required(String at, String value) {
    if (value == null || value.isBlank()) {
      error(at, "is required");
      return false;
    }
    return true;
  }

  private void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
