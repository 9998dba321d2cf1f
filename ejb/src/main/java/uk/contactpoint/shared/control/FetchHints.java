package uk.contactpoint.shared.control;

/**
 * EclipseLink's query hints for reading to-one relations in the query's own statement (nested
 * paths, repeatable). Without weaving, each such relation left to itself is one more statement per
 * row read.
 */
public final class FetchHints {

  /** A relation every row has: an inner join. */
  public static final String JOIN_FETCH = "eclipselink.join-fetch";

  /** A relation a row may lack: an outer join. */
  public static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

  private FetchHints() {}
}
