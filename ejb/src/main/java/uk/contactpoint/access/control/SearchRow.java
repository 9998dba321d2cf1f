package uk.contactpoint.access.control;

import java.io.Serializable;
import java.time.LocalDate;
import uk.contactpoint.child.entity.Gender;

/**
 * One search result: just enough to pick the right child (DESIGN.md rule 3) and never an address.
 * Town and local authority are null, and so absent from JSON, for a shielded child.
 */
public record SearchRow(
    String id,
    RowName name,
    LocalDate dateOfBirth,
    Gender gender,
    String town,
    String localAuthority,
    boolean shielded,
    double score)
    implements Serializable {

  public record RowName(String given, String family) implements Serializable {}
}
