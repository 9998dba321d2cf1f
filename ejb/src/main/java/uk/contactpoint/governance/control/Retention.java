package uk.contactpoint.governance.control;

import java.io.Serializable;
import java.util.List;

/** Retention at a glance: per month, and what should have happened already but has not. */
public record Retention(
    List<Month> months, long adultsNotArchived, long deathsNotArchived, long archivedPastSixYears)
    implements Serializable {

  /** {@code month} as YYYY-MM. */
  public record Month(String month, long archived, long deleted) implements Serializable {}
}
