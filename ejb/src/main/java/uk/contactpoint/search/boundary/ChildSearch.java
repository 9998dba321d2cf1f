package uk.contactpoint.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.access.control.SearchRow;
import uk.contactpoint.access.control.VisibilityPolicy;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.search.control.Candidate;
import uk.contactpoint.search.control.CandidateFinder;
import uk.contactpoint.search.control.CandidateRanker;
import uk.contactpoint.search.control.ChildSearchCriteria;

/**
 * Finds children by what a practitioner knows of them. Candidates come from the indexes only;
 * ranking happens here, in memory, over at most {@link #MAX_CANDIDATES} records.
 */
@Stateless
public class ChildSearch {

  /** More candidates than this and the search is too broad to show. */
  public static final int MAX_CANDIDATES = 200;

  private static final Logger LOG = Logger.getLogger(ChildSearch.class.getName());

  @Inject CandidateFinder finder;
  @Inject AuditNotes audit;

  private final CandidateRanker ranker = new CandidateRanker();
  private final VisibilityPolicy visibility = new VisibilityPolicy();

  @RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
  @Audited(AuditAction.SEARCH)
  public SearchResults search(ChildSearchCriteria criteria) {
    criteria.describeTo(audit.current());
    List<Long> ids = finder.candidateIds(criteria, MAX_CANDIDATES + 1);
    if (ids.size() > MAX_CANDIDATES) {
      LOG.fine(() -> "Search too broad: more than " + MAX_CANDIDATES + " candidates");
      audit.current().detail("tooBroad", true);
      return SearchResults.tooBroad(criteria.page(), criteria.size());
    }
    List<Candidate> candidates = finder.load(ids);
    List<CandidateRanker.Ranked> ranked = ranker.rank(criteria, candidates);
    int from = Math.min((criteria.page() - 1) * criteria.size(), ranked.size());
    int to = Math.min(from + criteria.size(), ranked.size());
    List<SearchRow> rows =
        ranked.subList(from, to).stream()
            .map(r -> visibility.searchRow(r.candidate(), r.score()))
            .toList();
    audit
        .current()
        .detail("returned", rows.stream().map(SearchRow::id).toList())
        .detail("matches", ranked.size());
    return new SearchResults(rows, ranked.size(), false, criteria.page(), criteria.size());
  }
}
