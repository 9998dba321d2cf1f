package uk.contactpoint.search.boundary;

import java.time.LocalDate;
import uk.contactpoint.child.entity.Gender;

/** The body of {@code POST /api/v1/children/search}. Personal data travels only in bodies. */
public record ChildSearchRequest(
    String name,
    LocalDate dateOfBirth,
    Integer yearOfBirth,
    Gender gender,
    String postcode,
    Integer page,
    Integer size) {}
