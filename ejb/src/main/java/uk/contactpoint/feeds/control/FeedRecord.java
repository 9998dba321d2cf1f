package uk.contactpoint.feeds.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.IntendsToReturn;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.involvement.entity.ConsentBasis;
import uk.contactpoint.shared.control.RecordBinder;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A feed record (../shared/API.md, "A feed record"), bound strictly: a field outside this shape is
 * an error, so ContactPoint never stores notes, assessments or free text a source sends.
 */
public record FeedRecord(
    String recordId,
    String localAuthority,
    Name name,
    LocalDate dateOfBirth,
    Gender gender,
    String nhsNumber,
    String upn,
    AddressIn address,
    List<CarerIn> parentsCarers,
    SchoolIn school,
    GpIn gp,
    List<InvolvementIn> involvements,
    LocalDate dateOfDeath) {

  public record Name(String given, String family, List<String> former) {}

  public record AddressIn(
      List<String> lines,
      String town,
      String postcode,
      AddressStatus status,
      IntendsToReturn intendsToReturn) {}

  public record Contact(String phone, String email, AddressIn address) {}

  public record CarerIn(String name, Relationship relationship, Contact contact) {}

  public record SchoolIn(String urn, String name, LocalDate startDate) {}

  public record GpIn(String odsCode, String name) {}

  public record ConsentIn(ConsentBasis basis, String note) {}

  public record InvolvementIn(
      String involvementId,
      String organisation,
      String organisationCode,
      String practitioner,
      String jobTitle,
      Contact contact,
      String role,
      LocalDate startDate,
      LocalDate endDate,
      Boolean sensitive,
      ConsentIn consent) {}

  /** A stored record bound strictly into its shape; every field that does not fit is an error. */
  public static FeedRecord bind(String content) {
    JsonObject object;
    try (JsonReader reader = JSON.createReader(new StringReader(content))) {
      object = reader.readObject();
    } catch (RuntimeException e) {
      // Also Parsson's bare RuntimeException for input nested too deeply.
      throw InvalidInputException.malformed(
          List.of(new FieldError("record", "is not a JSON object")));
    }
    if (object.containsKey(FeedCsv.UNREADABLE_ROW)) {
      throw InvalidInputException.malformed(
          List.of(new FieldError("row", object.getString(FeedCsv.UNREADABLE_ROW))));
    }
    return RecordBinder.bind(FeedRecord.class, object);
  }

  /**
   * The local authority a record names even when it does not bind (an unknown field, a wrong type
   * elsewhere), so its rejection still counts on that authority's dashboard; null when there is
   * none to read.
   */
  public static String localAuthorityNamedIn(String content) {
    try (JsonReader reader = JSON.createReader(new StringReader(content))) {
      JsonObject object = reader.readObject();
      return object.get("localAuthority") instanceof jakarta.json.JsonString code
          ? code.getString()
          : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** The record as matching compares it. */
  public uk.contactpoint.matching.control.MatchPerson person() {
    return new uk.contactpoint.matching.control.MatchPerson(
        name.given(),
        name.family(),
        formerNames().stream()
            .flatMap(former -> uk.contactpoint.matching.control.MatchPerson.nameOf(former).stream())
            .toList(),
        dateOfBirth,
        gender,
        address.postcode(),
        nhsNumber == null ? null : nhsNumber.replace(" ", ""),
        carers().stream().map(CarerIn::name).toList());
  }

  public List<CarerIn> carers() {
    return parentsCarers == null ? List.of() : parentsCarers;
  }

  public List<InvolvementIn> involvementList() {
    return involvements == null ? List.of() : involvements;
  }

  public List<String> formerNames() {
    return name == null || name.former() == null ? List.of() : name.former();
  }
}
