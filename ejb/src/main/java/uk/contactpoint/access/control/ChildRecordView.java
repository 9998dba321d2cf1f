package uk.contactpoint.access.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's record as one user may see it, built only by the visibility policy. A field this user
 * may not see is null (absent from JSON), never empty: an empty list would claim "none".
 */
public record ChildRecordView(
    String id,
    Name name,
    LocalDate dateOfBirth,
    String gender,
    Address address,
    String localAuthority,
    boolean shielded,
    List<ParentCarer> parentsCarers,
    Service school,
    Service gp,
    List<InvolvementView> involvements,
    Caf caf,
    Boolean sensitiveServicesInvolved,
    String ownSourceNumber,
    Boolean yourSectionsTeam)
    implements Serializable {

  public record Name(String given, String family, List<String> former) implements Serializable {}

  public record Fact(String source, Instant updatedAt) implements Serializable {}

  public record Contact(String phone, String email) implements Serializable {}

  public record Address(
      List<String> lines,
      String town,
      String postcode,
      String status,
      String intendsToReturn,
      Fact fact)
      implements Serializable {}

  /** {@code id} only for the section's management team, who may shield a carer. */
  public record ParentCarer(String name, String relationship, Contact contact, Fact fact, Long id)
      implements Serializable {}

  public record Service(String name, Contact contact, LocalDate startDate, Fact fact)
      implements Serializable {}

  public record InvolvementView(
      long id,
      String organisation,
      String practitioner,
      String jobTitle,
      Contact contact,
      String role,
      LocalDate startDate,
      LocalDate endDate,
      boolean leadProfessional,
      boolean mine,
      Fact fact)
      implements Serializable {}

  public record Caf(
      boolean exists,
      String holder,
      String holderJobTitle,
      String holderOrganisation,
      Contact holderContact,
      Fact fact)
      implements Serializable {}
}
