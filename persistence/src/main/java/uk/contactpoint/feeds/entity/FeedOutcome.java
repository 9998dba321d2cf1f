package uk.contactpoint.feeds.entity;

import java.util.Locale;

/** What became of one feed record (../shared/API.md, "Outcomes"). */
public enum FeedOutcome {
  /** A new child. */
  CREATED,
  /** Linked to an existing child and at least one fact changed. */
  UPDATED,
  /** Linked, nothing changed. */
  MATCHED,
  /** Held for the data-quality team. */
  REVIEW,
  /** Not applied, with its errors. */
  REJECTED;

  /** The word the API uses. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
