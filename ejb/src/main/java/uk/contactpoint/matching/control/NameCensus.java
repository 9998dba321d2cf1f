package uk.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import uk.contactpoint.child.entity.NameKeys;

/**
 * Every name of the register that two or more children share, with how many share it: all names
 * counted in one statement, for a register too large to count a name at a time
 * (NameFrequencyCache). A name it leaves out is held by one child at most.
 */
@Dependent
public class NameCensus {

  private static final String SHARED_NAMES =
      "SELECT search_key, COUNT(*) FROM (SELECT DISTINCT search_key, child_id FROM child_search_key"
          + " WHERE search_key NOT LIKE '"
          + NameKeys.CARER_MARK
          + "%') AS held GROUP BY search_key HAVING COUNT(*) > 1";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * Each search-key token two or more children hold, with the number of children holding it; not
   * carers' keys (siblings share them, and they are not names of the child).
   */
  public Map<String, Long> sharedNames() {
    Map<String, Long> shared = new HashMap<>();
    for (Object row : em.createNativeQuery(SHARED_NAMES).getResultList()) {
      Object[] name = (Object[]) row;
      shared.put((String) name[0], ((Number) name[1]).longValue());
    }
    return Map.copyOf(shared);
  }

  /**
   * A name's share of a register of {@code children}, as a count of its own would give it: a name
   * not among the shared ones is held by one child or none.
   */
  static double share(Map<String, Long> shared, String token, long children) {
    return share(shared.getOrDefault(token, 1L), children);
  }

  /**
   * The share of a name {@code holding} children hold: a name no one has yet is as rare as one
   * child in the whole register.
   */
  static double share(long holding, long children) {
    return Math.max(1, holding) / (double) children;
  }
}
