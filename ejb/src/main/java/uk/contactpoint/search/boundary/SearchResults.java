package uk.contactpoint.search.boundary;

import java.io.Serializable;
import java.util.List;
import uk.contactpoint.access.control.SearchRow;

/**
 * A page of ranked results. {@code refine} is true, with no rows, when more than {@link
 * ChildSearch#MAX_CANDIDATES} records could match: the searcher must narrow the search.
 */
public record SearchResults(List<SearchRow> results, int total, boolean refine, int page, int size)
    implements Serializable {

  public static SearchResults tooBroad(int page, int size) {
    return new SearchResults(List.of(), 0, true, page, size);
  }
}
