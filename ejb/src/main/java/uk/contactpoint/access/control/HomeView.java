package uk.contactpoint.access.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A practitioner's home page, built by the visibility policy: their children and what changed. */
public record HomeView(List<MyChild> children, List<Change> changes) {

  public record MyChild(String id, String name, LocalDate dateOfBirth, String myRole) {}

  /**
   * kind: JOINED, ENDED, TOOK_LEAD, TOOK_CAF, or CHANGED (a shielded record, told without detail).
   * {@code practitioner} and {@code jobTitle} are absent where a feed named only the organisation.
   */
  public record Change(
      String childId,
      String childName,
      String kind,
      String practitioner,
      String jobTitle,
      String organisation,
      Instant at) {}
}
