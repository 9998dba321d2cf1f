package uk.contactpoint.dataquality.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A held feed record as the data-quality team decides on it, beside its candidates. {@code
 * recordId}: the source's own id of the record (null if it sent none), so that the team and the
 * source speak of the same record.
 */
public record CaseView(
    long id,
    String reason,
    boolean shielded,
    Instant openedAt,
    String source,
    String batchId,
    String recordId,
    CaseView.Person record,
    List<CaseView.Candidate> candidates)
    implements Serializable {

  /** One side of the side-by-side view. */
  public record Person(
      String childId,
      String given,
      String family,
      List<String> former,
      LocalDate dateOfBirth,
      String gender,
      String postcode,
      String nhsNumber,
      List<String> parentsCarers,
      String localAuthority,
      boolean shielded)
      implements Serializable {}

  /**
   * {@code why}: for the child an identifier named, why it was not linked (an identifier conflict);
   * otherwise null.
   */
  public record Candidate(Person person, double weight, Map<String, String> fields, String why)
      implements Serializable {}
}
