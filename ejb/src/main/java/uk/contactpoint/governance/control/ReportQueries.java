package uk.contactpoint.governance.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** What the reports' queries share: a bound on their rows, and native SQL's numbered parameters. */
final class ReportQueries {

  /** No report lists more rows than this. */
  static final int MAX_ROWS = 10_000;

  private ReportQueries() {}

  static Query nativeQuery(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
