package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.it.support.Deployments;

/**
 * Every search variant is an index lookup, never a scan of the child table. On PostgreSQL the plans
 * are read after generating a million children in SQL (so the planner sees a national sized table);
 * on H2 the same queries are checked on a smaller table. The queries are the ones CandidateFinder
 * sends.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPlanIT {

  private static final Logger LOG = Logger.getLogger(SearchPlanIT.class.getName());
  private static final String SOURCE = "PLANTEST";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(SearchPlanIT.class);
  }

  @Resource(lookup = "java:jboss/datasources/ContactPointDS")
  DataSource dataSource;

  // The shapes CandidateFinder sends: one typed name is one key set; with two, a child must have
  // a key of each (the second an EXISTS on the same child).
  private static final String ONE_NAME =
      "SELECT k0.child_id FROM child_search_key k0 WHERE k0.search_key IN ('GF1234', 'GK1234')";
  private static final String TWO_NAMES =
      "SELECT k0.child_id FROM child_search_key k0 WHERE k0.search_key IN ('GK1234') %1$s"
          + " AND EXISTS (SELECT 1 FROM child_search_key k1 WHERE k1.child_id = k0.child_id AND k1.search_key IN ('GF1234') %2$s)"
          + " FETCH FIRST 201 ROWS ONLY";

  /** As MatchCandidates.shieldedLookalikes asks it, for the dates of birth of a set of records. */
  private static final String HELD_BACK_BORN =
      "SELECT id, gender, given_names, birth_date FROM child WHERE birth_date IN (DATE '2015-03-01', DATE '2014-07-09') AND (shielded OR new_identity)";

  private static final List<String> VARIANTS =
      List.of(
          // name + date of birth
          ONE_NAME
              + " AND k0.birth_date BETWEEN DATE '2015-03-01' AND DATE '2015-03-01' FETCH FIRST 402 ROWS ONLY",
          TWO_NAMES.formatted(
              "AND k0.birth_date BETWEEN DATE '2015-03-01' AND DATE '2015-03-01'",
              "AND k1.birth_date BETWEEN DATE '2015-03-01' AND DATE '2015-03-01'"),
          // name + year of birth
          ONE_NAME
              + " AND k0.birth_date BETWEEN DATE '2015-01-01' AND DATE '2015-12-31' FETCH FIRST 402 ROWS ONLY",
          TWO_NAMES.formatted(
              "AND k0.birth_date BETWEEN DATE '2015-01-01' AND DATE '2015-12-31'",
              "AND k1.birth_date BETWEEN DATE '2015-01-01' AND DATE '2015-12-31'"),
          // name + postcode district
          ONE_NAME + " AND k0.postcode_district = 'ZZ42' FETCH FIRST 402 ROWS ONLY",
          TWO_NAMES.formatted(
              "AND k0.postcode_district = 'ZZ42'", "AND k1.postcode_district = 'ZZ42'"),
          // a former name is a key like any other: name only
          "SELECT k0.child_id FROM child_search_key k0 WHERE k0.search_key IN ('GR77') FETCH FIRST 201 ROWS ONLY",
          TWO_NAMES.formatted("", ""),
          // date of birth with postcode, no name
          "SELECT id FROM child WHERE birth_date BETWEEN DATE '2015-03-01' AND DATE '2015-03-01' AND postcode_district = 'ZZ42' FETCH FIRST 201 ROWS ONLY",
          // a feed's check for a shielded child (or a new identity) born that day
          HELD_BACK_BORN,
          // a set of feed records' three blocks, each the records' ranges joined by UNION ALL
          // (MatchBlockReads)
          "SELECT child_id, search_key, birth_date FROM child_search_key"
              + " WHERE search_key IN ('GF1234', 'GK1234') AND birth_date IN (DATE '2015-03-01', DATE '2015-01-03')"
              + " UNION ALL SELECT child_id, search_key, birth_date FROM child_search_key"
              + " WHERE search_key IN ('GR77') AND birth_date IN (DATE '2014-07-09')",
          "SELECT child_id, search_key, postcode_district FROM child_search_key"
              + " WHERE search_key IN ('GK1234') AND postcode_district = 'ZZ42'"
              + " UNION ALL SELECT child_id, search_key, postcode_district FROM child_search_key"
              + " WHERE search_key IN ('GR77') AND postcode_district = 'ZZ43'",
          "SELECT id, birth_date, postcode_district FROM child"
              + " WHERE birth_date IN (DATE '2015-03-01', DATE '2015-01-03') AND postcode_district = 'ZZ42'"
              + " AND merged_into_id IS NULL AND archived_on IS NULL"
              + " UNION ALL SELECT id, birth_date, postcode_district FROM child"
              + " WHERE birth_date IN (DATE '2014-07-09') AND postcode_district = 'ZZ43'"
              + " AND merged_into_id IS NULL AND archived_on IS NULL");

  @Test
  void everySearchVariantReadsAnIndexAndNeverScansTheChildTable() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      boolean postgres = isPostgres(connection);
      generate(sql, postgres, postgres ? 1_000_000 : 20_000);
      for (String query : VARIANTS) {
        String plan = plan(sql, query).toLowerCase(Locale.ROOT);
        LOG.info(() -> "Plan of " + query + System.lineSeparator() + plan);
        if (postgres) {
          assertTrue(plan.contains("index"), "no index in the plan of " + query + ":\n" + plan);
          assertFalse(
              plan.contains("seq scan on child "), "a scan of child in " + query + ":\n" + plan);
          assertFalse(
              plan.contains("seq scan on child_search_key"),
              "a scan of the keys in " + query + ":\n" + plan);
          if (query.equals(HELD_BACK_BORN)) {
            assertTrue(
                plan.contains("child_held_back_birth"),
                "not the shielded children's own index:\n" + plan);
          }
        } else {
          // H2 names the index it reads in a comment: /* PUBLIC.CHILD_SEARCH_KEY_BIRTH: ... */
          assertTrue(
              plan.matches(
                  "(?s).*/\\* public\\.(child_search_key_birth|child_search_key_district|child_birth_date|child_birth_district|child_held_back_birth)\\b.*"),
              "no index in the plan of " + query + ":\n" + plan);
          assertFalse(plan.contains(".tablescan"), "a scan in the plan of " + query + ":\n" + plan);
        }
      }
    }
  }

  /**
   * PostgreSQL's partial indexes of the few (V21) serve the queries that need them, as those
   * queries are written, also as a generic plan of a bound date (a partial index the planner cannot
   * prove applies would leave a scan of every carer or child). Scans are priced out so the plan
   * shows whether the index can be used at all, whatever the tables' sizes here.
   */
  @Test
  void theShieldedCarersAndArchivedChildrenIndexesServeTheirQueries() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      if (!isPostgres(connection)) {
        return; // H2 has no partial indexes: V21 leaves its two indexes whole
      }
      try (ResultSet rows =
          sql.executeQuery(
              "SELECT indexname, indexdef FROM pg_indexes"
                  + " WHERE indexname IN ('parent_carer_shielded_address', 'child_archived') ORDER BY indexname")) {
        assertTrue(
            rows.next() && rows.getString(2).endsWith("WHERE (archived_on IS NOT NULL)"),
            "child_archived not partial");
        assertTrue(
            rows.next() && rows.getString(2).endsWith("WHERE shielded"),
            "parent_carer_shielded_address not partial");
      }
      sql.execute("SET enable_seqscan = off");
      try {
        // As Children.livesWithAShieldedCarer and CandidateFinder.load ask it.
        String carer =
            plan(
                    sql,
                    "SELECT COUNT(*) FROM parent_carer WHERE shielded = TRUE AND postcode = 'ZZ1 1AA'"
                        + " AND address_line1 = '1 Plan Street'")
                .toLowerCase(Locale.ROOT);
        assertTrue(carer.contains("parent_carer_shielded_address"), carer);
        // As RecordLifecycle asks for records archived six years ago, with the date bound.
        sql.execute("SET plan_cache_mode = force_generic_plan");
        sql.execute(
            "PREPARE archived_before(date) AS SELECT id FROM child WHERE archived_on <= $1");
        try {
          String archived =
              plan(sql, "EXECUTE archived_before('2019-01-01')").toLowerCase(Locale.ROOT);
          assertTrue(archived.contains("child_archived"), archived);
        } finally {
          sql.execute("DEALLOCATE archived_before");
        }
      } finally {
        sql.execute("RESET plan_cache_mode");
        sql.execute("RESET enable_seqscan");
      }
    }
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres");
  }

  private static String plan(Statement sql, String query) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rows = sql.executeQuery("EXPLAIN " + query)) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  /**
   * Synthetic children with negative ids (never met by the id sequence) and keys no real name
   * gives, so no other test sees them. Made once per database.
   */
  private static void generate(Statement sql, boolean postgres, int children) throws SQLException {
    try (ResultSet rows =
        sql.executeQuery("SELECT COUNT(*) FROM child WHERE core_source = '" + SOURCE + "'")) {
      rows.next();
      if (rows.getLong(1) >= children) {
        return;
      }
    }
    long started = System.nanoTime();
    String numbers =
        postgres
            ? "generate_series(1, " + children + ") AS g(n)"
            : "SYSTEM_RANGE(1, " + children + ") AS g(n)";
    String section = "(SELECT MIN(id) FROM la_section)";
    String birth =
        postgres
            ? "DATE '2008-01-01' + CAST(MOD(n * 37, 6570) AS INTEGER)"
            : "DATEADD(DAY, MOD(n * 37, 6570), DATE '2008-01-01')";
    sql.executeUpdate(
        "INSERT INTO child (id, public_id, section_id, given_names, family_name, birth_date, gender, core_source,"
            + " core_updated_at, postcode_district, address_status, address_source, address_updated_at, shielded, version)"
            + " SELECT -n, CONCAT('plan-', n), "
            + section
            + ", CONCAT('GK', MOD(n, 5000)), CONCAT('GF', MOD(n, 20000)),"
            + " "
            + birth
            + ", 'FEMALE', '"
            + SOURCE
            + "', CURRENT_TIMESTAMP,"
            + " CONCAT('ZZ', MOD(n, 100)), 'CURRENT', '"
            + SOURCE
            + "', CURRENT_TIMESTAMP, FALSE, 1 FROM "
            + numbers);
    sql.executeUpdate(
        "INSERT INTO child_search_key (child_id, search_key, birth_date, postcode_district)"
            + " SELECT id, given_names, birth_date, postcode_district FROM child WHERE core_source = '"
            + SOURCE
            + "'"
            + " UNION ALL SELECT id, family_name, birth_date, postcode_district FROM child WHERE core_source = '"
            + SOURCE
            + "'"
            + " UNION ALL SELECT id, CONCAT('GR', MOD(-id, 50000)), birth_date, postcode_district FROM child WHERE core_source = '"
            + SOURCE
            + "'");
    if (postgres) {
      sql.execute("ANALYZE child");
      sql.execute("ANALYZE child_search_key");
    }
    LOG.info(
        String.format(
            "Generated %d children for the plan test in %d ms",
            children, (System.nanoTime() - started) / 1_000_000));
  }
}
