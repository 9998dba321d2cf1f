package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/**
 * The schema comes from Flyway inside the EAR, on the database the build chose, and the persistence
 * unit runs on EclipseLink. Runs inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(SchemaMigrationIT.class);
  }

  @Resource(lookup = "java:jboss/datasources/ContactPointDS")
  DataSource dataSource;

  @EJB TestRecords records;

  @Test
  void flywayAppliedEveryMigrationOnTheConfiguredDatabase() throws SQLException {
    String expectedVendor = System.getProperty("cp.db.vendor");
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      assertTrue(
          product.contains(expectedVendor.equals("postgresql") ? "postgres" : "h2"),
          "expected " + expectedVendor + " but the data source is " + product);
      List<String> applied = new ArrayList<>();
      try (ResultSet rows =
          connection
              .createStatement()
              .executeQuery(
                  "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
        while (rows.next()) {
          assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " failed");
          applied.add(rows.getString(1));
        }
      }
      assertEquals(
          List.of(
              "1", "1.1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
              "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28",
              "29", "30", "30.1", "31", "32"),
          applied);
    }
  }

  /** Every bucket the feed's new-child locks hash to is a row: a missing one would lock nothing. */
  @Test
  void everyNewChildLockBucketIsThere() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet count =
            connection
                .createStatement()
                .executeQuery("SELECT COUNT(*), MIN(bucket), MAX(bucket) FROM new_child_lock")) {
      assertTrue(count.next());
      assertEquals(1 << 20, count.getInt(1));
      assertEquals(0, count.getInt(2));
      assertEquals((1 << 20) - 1, count.getInt(3));
    }
  }

  /**
   * A search's key read and its probe of each child's other names are answered from the indexes
   * alone: each holds, in order, every column the search's statement asks of it (V32).
   */
  @Test
  void theSearchKeyIndexesHoldWhatASearchAsks() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Map<String, List<String>> columns = new TreeMap<>();
      String table =
          connection.getMetaData().storesUpperCaseIdentifiers()
              ? "CHILD_SEARCH_KEY"
              : "child_search_key";
      try (ResultSet rows =
          connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
        while (rows.next()) {
          if (rows.getString("COLUMN_NAME") == null) {
            continue;
          }
          columns
              .computeIfAbsent(
                  rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT), name -> new ArrayList<>())
              .add(
                  rows.getShort("ORDINAL_POSITION")
                      + ":"
                      + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      Map<String, List<String>> expected =
          Map.of(
              "child_search_key_birth", List.of("1:search_key", "2:birth_date", "3:child_id"),
              "child_search_key_district",
                  List.of("1:search_key", "2:postcode_district", "3:child_id"),
              "child_search_key_child",
                  List.of("1:child_id", "2:search_key", "3:birth_date", "4:postcode_district"));
      columns.keySet().retainAll(expected.keySet());
      assertEquals(expected, columns);
    }
  }

  /**
   * V31 gives the children held before it their carers' keys as the record itself keys them
   * (Child#rebuildSearchKeys): its statement, run again after the keys Java wrote are taken away,
   * writes the same keys back, for names in ASCII with apostrophes, hyphens, dots and spaces.
   */
  @Test
  void theCarerKeysMigrationKeysACarerAsTheRecordDoes() throws Exception {
    String childId =
        records.create(
            ChildSpec.named("Carys", "Ventnor-Oakes", LocalDate.now().minusYears(7).minusDays(41)));
    records.addCarer(childId, "Mary-Ann  O'Brien", Relationship.MOTHER, null);
    records.addCarer(childId, "J. d`Arcy Smyth", Relationship.FATHER, null);
    List<String> javaWrote = carerKeys(childId);
    assertEquals(2, javaWrote.size(), javaWrote.toString());
    assertTrue(javaWrote.get(0).startsWith("~J DARCY SMYTH|"), javaWrote.toString());
    assertTrue(javaWrote.get(1).startsWith("~MARY ANN OBRIEN|"), javaWrote.toString());

    records.execute(
        "DELETE FROM child_search_key WHERE search_key LIKE '~%'"
            + " AND child_id = (SELECT id FROM child WHERE public_id = ?)",
        childId);
    assertEquals(List.of(), carerKeys(childId));
    String vendor = System.getProperty("cp.db.vendor");
    try (InputStream migration =
        Child.class.getResourceAsStream(
            "/db/migration/" + vendor + "/V31__carer_search_keys.sql")) {
      records.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
    }

    assertEquals(javaWrote, carerKeys(childId));
  }

  /** The child's carers' keys, each with its date of birth and district, in order. */
  private List<String> carerKeys(String childId) {
    return records
        .rows(
            "SELECT k.search_key, k.birth_date, k.postcode_district FROM child_search_key k"
                + " JOIN child c ON c.id = k.child_id WHERE c.public_id = ? AND k.search_key LIKE '~%'"
                + " ORDER BY k.search_key",
            childId)
        .stream()
        .map(row -> row[0] + "|" + row[1] + "|" + row[2])
        .toList();
  }

  @Test
  void thePersistenceUnitRunsOnEclipseLink() {
    assertTrue(
        records.providerClassName().startsWith("org.eclipse.persistence"),
        records.providerClassName());
  }
}
