package uk.contactpoint.dataquality.boundary;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.feeds.control.FeedRecord;

/**
 * The fields of one of the data-quality screen's record forms, as typed, and the feed record or
 * correction they make.
 */
public class RecordForm implements Serializable {
  private String given;
  private String family;
  private String dob;
  private Gender gender;
  private String line1;
  private String town;
  private String postcode;
  private String nhs;
  private String carer;
  private Relationship relationship;

  /** The date typed, or null: when it cannot be read, the message says how to write it. */
  LocalDate birthDate(String form) {
    if (dob == null || dob.isBlank()) {
      return null;
    }
    LocalDate date = DateText.parse(dob);
    if (date == null) {
      String text = "Enter a date of birth, for example 27 3 2011";
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "Date of birth: " + text, "Date of birth: " + text));
      faces.addMessage(form + ":dob", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    return date;
  }

  /**
   * The feed record's shape, for the team's own section; an empty field is left out, so the EJB
   * names what is missing.
   */
  jakarta.json.JsonObject json(LocalDate born) {
    JsonObjectBuilder name = JSON.createObjectBuilder();
    optional(name, "given", given);
    optional(name, "family", family);
    JsonObjectBuilder record =
        JSON.createObjectBuilder()
            .add("recordId", java.util.UUID.randomUUID().toString())
            .add("name", name);
    if (born != null) {
      record.add("dateOfBirth", born.toString());
    }
    if (gender != null) {
      record.add("gender", gender.name());
    }
    JsonObjectBuilder place =
        JSON.createObjectBuilder().add("status", AddressStatus.CURRENT.name());
    if (RecordFormsPage.blankToNull(line1) != null) {
      place.add("lines", JSON.createArrayBuilder().add(line1.strip()));
    }
    optional(place, "town", town);
    optional(place, "postcode", postcode);
    record.add("address", place);
    optional(record, "nhsNumber", nhs);
    if (RecordFormsPage.blankToNull(carer) != null || relationship != null) {
      JsonObjectBuilder parent = JSON.createObjectBuilder();
      optional(parent, "name", carer);
      if (relationship != null) {
        parent.add("relationship", relationship.name());
      }
      record.add("parentsCarers", JSON.createArrayBuilder().add(parent));
    }
    return record.build();
  }

  /** A corrected address, when any of its fields was typed. */
  FeedRecord.AddressIn address() {
    if (RecordFormsPage.blankToNull(line1) == null
        && RecordFormsPage.blankToNull(town) == null
        && RecordFormsPage.blankToNull(postcode) == null) {
      return null;
    }
    return new FeedRecord.AddressIn(
        RecordFormsPage.blankToNull(line1) == null ? List.of() : List.of(line1.strip()),
        RecordFormsPage.blankToNull(town),
        RecordFormsPage.blankToNull(postcode),
        AddressStatus.CURRENT,
        null);
  }

  private static void optional(JsonObjectBuilder json, String key, String value) {
    if (RecordFormsPage.blankToNull(value) != null) {
      json.add(key, value.strip());
    }
  }

  void clear() {
    given = family = dob = line1 = town = postcode = nhs = carer = null;
    gender = null;
    relationship = null;
  }

  public String getGiven() {
    return given;
  }

  public void setGiven(String given) {
    this.given = given;
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public String getDob() {
    return dob;
  }

  public void setDob(String dob) {
    this.dob = dob;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getLine1() {
    return line1;
  }

  public void setLine1(String line1) {
    this.line1 = line1;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getNhs() {
    return nhs;
  }

  public void setNhs(String nhs) {
    this.nhs = nhs;
  }

  public String getCarer() {
    return carer;
  }

  public void setCarer(String carer) {
    this.carer = carer;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public void setRelationship(Relationship relationship) {
    this.relationship = relationship;
  }
}
