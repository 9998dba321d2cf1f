package uk.contactpoint.bench.england;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;
import uk.contactpoint.schema.boundary.SchemaMigration;

/**
 * England-scale synthetic data for ContactPoint (docs/benchmarks.md), loaded into PostgreSQL by
 * COPY. The schema is production's: the generator runs the EAR's own {@link SchemaMigration}
 * (Flyway, the same locations) on the empty database, then drops the indexes and constraints of
 * the tables it fills, loads them, and builds every index and constraint again from the
 * definitions it read — checking at the end that the schema is exactly what Flyway made.
 *
 * <p>Usage: {@code --children N} (default 1,000,000), {@code --seed S} (default 1),
 * {@code --today YYYY-MM-DD} (default: today in London), {@code --url}, {@code --user},
 * {@code --password} (default: jdbc:postgresql://127.0.0.1:5432/contactpoint_bench, contactpoint,
 * contactpoint), {@code --explain-only} (skip loading; only the search plans on a loaded database).
 */
public final class EnglandData {

  /** The tables the generator fills, in load order. */
  static final List<String> TABLES = List.of("la_section", "organisation", "practitioner", "child", "child_former_name",
      "child_address_history", "child_identifier", "parent_carer", "child_search_key", "involvement", "shield");

  private final String url;
  private final String user;
  private final String password;
  private final Map<String, double[]> seconds = new LinkedHashMap<>();

  private EnglandData(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Flyway logs every migration and the whole JDBC URL through java.util.logging; warnings are enough here. */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  public static void main(String[] args) throws Exception {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    int children = 1_000_000;
    long seed = 1;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String url = "jdbc:postgresql://127.0.0.1:5432/contactpoint_bench";
    String user = "contactpoint";
    String password = "contactpoint";
    boolean explainOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--children" -> children = Integer.parseInt(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--today" -> today = LocalDate.parse(args[++i]);
        case "--url" -> url = args[++i];
        case "--user" -> user = args[++i];
        case "--password" -> password = args[++i];
        case "--explain-only" -> explainOnly = true;
        default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
      }
    }
    EnglandData run = new EnglandData(url, user, password);
    if (!explainOnly) {
      run.load(children, seed, today);
    }
    try (Connection connection = run.connect()) {
      new SearchPlans(connection, today).run();
    }
  }

  private void load(int children, long seed, LocalDate today) throws Exception {
    System.out.printf(Locale.ROOT, "England-scale data: %,d children, seed %d, today %s, into %s%n", children, seed, today, url);
    long start = System.nanoTime();
    migrate();
    List<String> schemaBefore;
    List<String[]> dropped;
    try (Connection connection = connect()) {
      requireEmpty(connection);
      schemaBefore = schema(connection);
      dropped = dropIndexesAndConstraints(connection);
    }
    lap("schema (Flyway) and dropping indexes", start);

    long copyStart = System.nanoTime();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<CopyTable> tables = new ArrayList<>();
    Population.Streams streams = new Population.Streams(
        copy(tables, "la_section", "id", "code", "name"),
        copy(tables, "organisation", "id", "code", "name", "org_type", "sensitive_category", "phone", "email", "town", "section_id",
            "accredited_on", "account_limit", "source_code"),
        copy(tables, "practitioner", "id", "full_name", "job_title", "organisation_id", "phone", "email"),
        copy(tables, "child", "id", "public_id", "section_id", "given_names", "family_name", "birth_date", "gender", "core_source",
            "core_updated_at", "address_line1", "address_line2", "address_line3", "town", "postcode", "postcode_district",
            "address_status", "intends_to_return", "address_source", "address_updated_at", "school_org_id", "school_start_date",
            "school_source", "school_updated_at", "gp_org_id", "gp_source", "gp_updated_at", "caf_exists", "caf_holder_id",
            "caf_source", "caf_updated_at", "shielded", "version", "new_identity", "merged_into_id", "date_of_death", "death_source",
            "archived_on", "archive_reason"),
        copy(tables, "child_former_name", "child_id", "list_index", "given_names", "family_name"),
        copy(tables, "child_address_history", "child_id", "list_index", "address_lines", "town", "postcode", "address_status",
            "source", "replaced_at"),
        copy(tables, "child_identifier", "id", "child_id", "id_type", "issuer", "id_value", "source", "updated_at"),
        copy(tables, "parent_carer", "id", "child_id", "list_index", "full_name", "relationship", "phone", "email", "address_line1",
            "address_line2", "address_line3", "town", "postcode", "postcode_district", "address_status", "intends_to_return",
            "source", "updated_at", "shielded"),
        copy(tables, "child_search_key", "child_id", "search_key", "birth_date", "postcode_district"),
        copy(tables, "involvement", "id", "child_id", "organisation_id", "practitioner_id", "role", "start_date", "end_date",
            "lead_professional", "source", "updated_at", "version", "consent_basis", "consent_note", "consent_recorded_on"),
        copy(tables, "shield", "id", "child_id", "criterion", "reason", "review_on", "applied_by", "applied_at", "removed_by",
            "removed_at", "removal_reason", "parent_carer_id"));
    Population population = new Population(seed, today, now, streams);
    System.out.println("Names: " + population.describeNames());
    List<Population.Section> sections = population.sections(Places.load(), children);
    int done = 0;
    long lastReport = System.nanoTime();
    for (Population.Section section : sections) {
      population.populate(section);
      done += section.children;
      if (System.nanoTime() - lastReport > 30_000_000_000L) {
        lastReport = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %,d children written (%.0f s)%n", done, (lastReport - copyStart) / 1e9);
      }
    }
    for (CopyTable table : tables) {
      table.finish();
      table.close();
    }
    double copySeconds = (System.nanoTime() - copyStart) / 1e9;
    System.out.printf(Locale.ROOT, "Generated and copied in %.1f s (all tables streamed at once, one connection each)%n", copySeconds);
    for (CopyTable table : tables) {
      System.out.printf(Locale.ROOT, "  %-22s %,14d rows %,10.1f MB of COPY text%n", table.table, table.rows, table.bytes / 1e6);
    }
    System.out.printf(Locale.ROOT, "  involvements per child %.3f, shielded children %,d, %d sections%n",
        population.involvements() / (double) children, population.shielded(), sections.size());

    try (Connection connection = connect()) {
      rebuild(connection, dropped);
      List<String> schemaAfter = schema(connection);
      if (!schemaAfter.equals(schemaBefore)) {
        List<String> missing = new ArrayList<>(schemaBefore);
        missing.removeAll(schemaAfter);
        List<String> extra = new ArrayList<>(schemaAfter);
        extra.removeAll(schemaBefore);
        throw new IllegalStateException("Schema differs from Flyway's after the load: missing " + missing + ", extra " + extra);
      }
      System.out.println("Schema after the load: every index and constraint as Flyway made it (" + schemaAfter.size() + " checked)");
      // EclipseLink takes 50 ids per nextval: the next block must start above every id written.
      long last = population.lastId();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT setval('cp_seq', " + ((last / 50) + 1) * 50 + ")");
      }
      for (String table : TABLES) {
        long t = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
          statement.execute("ANALYZE " + table);
        }
        time(table, 2, t);
      }
    }
    double total = (System.nanoTime() - start) / 1e9;
    report(copySeconds, total, tables);
  }

  // ---- schema ----

  private void migrate() throws Exception {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    SchemaMigration migration = new SchemaMigration();
    Field field = SchemaMigration.class.getDeclaredField("dataSource");
    field.setAccessible(true);
    field.set(migration, dataSource);
    Method migrate = SchemaMigration.class.getDeclaredMethod("migrate");
    migrate.setAccessible(true);
    migrate.invoke(migration);
    System.out.println("Schema: production's SchemaMigration ran Flyway (" + migration.vendor() + ")");
  }

  private static void requireEmpty(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT count(*) FROM child")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException("The database already holds children: load into a new database (generate_england.sh makes one)");
      }
    }
  }

  /** Every index and constraint of the public schema, as PostgreSQL prints them. */
  private static List<String> schema(Connection connection) throws SQLException {
    List<String> all = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT tablename || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public' "
                + "UNION ALL SELECT conrelid::regclass || ': ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE connamespace = 'public'::regnamespace ORDER BY 1")) {
      while (rs.next()) {
        all.add(rs.getString(1));
      }
    }
    return all;
  }

  /**
   * Drops the indexes and constraints of the loaded tables (and foreign keys pointing at them);
   * returns what to run to get each back: {kind, table, name, statement}, in rebuild order.
   */
  private static List<String[]> dropIndexesAndConstraints(Connection connection) throws SQLException {
    String tables = "ARRAY['" + String.join("','", TABLES) + "']::text[]";
    List<String[]> foreignKeys = new ArrayList<>();
    List<String[]> keys = new ArrayList<>();
    List<String[]> indexes = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery(
          "SELECT contype, conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
              + "WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f') "
              + "AND (conrelid::regclass::text = ANY(" + tables + ") OR (contype = 'f' AND confrelid::regclass::text = ANY(" + tables + ")))")) {
        while (rs.next()) {
          String[] entry = {rs.getString(1).equals("f") ? "foreign key" : "key", rs.getString(2), rs.getString(3),
              "ALTER TABLE " + rs.getString(2) + " ADD CONSTRAINT " + rs.getString(3) + " " + rs.getString(4)};
          (entry[0].equals("foreign key") ? foreignKeys : keys).add(entry);
        }
      }
      try (ResultSet rs = statement.executeQuery(
          "SELECT i.tablename, i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename = ANY(" + tables + ") "
              + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass AND c.contype IN ('p', 'u'))")) {
        while (rs.next()) {
          indexes.add(new String[] {"index", rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      for (String[] fk : foreignKeys) {
        statement.execute("ALTER TABLE " + fk[1] + " DROP CONSTRAINT " + fk[2]);
      }
      for (String[] key : keys) {
        statement.execute("ALTER TABLE " + key[1] + " DROP CONSTRAINT " + key[2]);
      }
      for (String[] index : indexes) {
        statement.execute("DROP INDEX " + index[2]);
      }
    }
    List<String[]> rebuild = new ArrayList<>(keys);
    rebuild.addAll(indexes);
    rebuild.addAll(foreignKeys);
    System.out.printf(Locale.ROOT, "Dropped for the load: %d keys, %d indexes, %d foreign keys%n", keys.size(), indexes.size(), foreignKeys.size());
    return rebuild;
  }

  private void rebuild(Connection connection, List<String[]> statements) throws SQLException {
    prepare(connection);
    try (Statement statement = connection.createStatement()) {
      for (String[] entry : statements) {
        long t = System.nanoTime();
        statement.execute(entry[3]);
        double s = (System.nanoTime() - t) / 1e9;
        time(entry[1], entry[0].equals("foreign key") ? 1 : 0, t);
        if (s > 0.5) {
          System.out.printf(Locale.ROOT, "  %-12s %-40s %7.1f s%n", entry[0], entry[2], s);
        }
      }
    }
  }

  // ---- connections ----

  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    prepare(connection);
    return connection;
  }

  /**
   * Makes the backend a good neighbour on a shared machine: lowest CPU priority, no parallel
   * workers (they would not inherit the niceness), and memory enough for index builds.
   */
  private static void prepare(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET maintenance_work_mem = '1GB'");
      statement.execute("SET max_parallel_maintenance_workers = 0");
      statement.execute("SET max_parallel_workers_per_gather = 0");
      statement.execute("SET synchronous_commit = off");
      try (ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        renice(rs.getInt(1));
      }
    }
  }

  private static void renice(int pid) {
    // Only possible when the server runs on this machine; harmless otherwise.
    for (List<String> command : List.of(List.of("renice", "-n", "19", "-p", String.valueOf(pid)),
        List.of("ionice", "-c", "2", "-n", "7", "-p", String.valueOf(pid)))) {
      try {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
      } catch (Exception e) {
        // renice or ionice missing: carry on at normal priority
      }
    }
  }

  private CopyTable copy(List<CopyTable> tables, String table, String... columns) throws SQLException {
    CopyTable copy = new CopyTable(connect(), table, columns);
    tables.add(copy);
    return copy;
  }

  // ---- report ----

  private void time(String table, int column, long startNanos) {
    seconds.computeIfAbsent(table, t -> new double[3])[column] += (System.nanoTime() - startNanos) / 1e9;
  }

  private static void lap(String what, long startNanos) {
    System.out.printf(Locale.ROOT, "%s: %.1f s%n", what, (System.nanoTime() - startNanos) / 1e9);
  }

  private void report(double copySeconds, double totalSeconds, List<CopyTable> tables) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      long database;
      try (ResultSet rs = statement.executeQuery("SELECT pg_database_size(current_database())")) {
        rs.next();
        database = rs.getLong(1);
      }
      System.out.println();
      double[] phases = new double[3];
      seconds.values().forEach(s -> {
        for (int i = 0; i < 3; i++) {
          phases[i] += s[i];
        }
      });
      System.out.printf(Locale.ROOT, "Load: %.1f s in all (%.1f min): generate + COPY %.1f s, indexes and keys %.1f s, "
          + "foreign keys %.1f s, ANALYZE %.1f s; database %s%n", totalSeconds, totalSeconds / 60, copySeconds, phases[0], phases[1],
          phases[2], mb(database));
      System.out.println("| table | rows | indexes + keys (s) | foreign keys (s) | ANALYZE (s) | table | indexes | total |");
      System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      long sum = 0;
      for (CopyTable table : tables) {
        try (PreparedStatement sizes = connection.prepareStatement(
            "SELECT pg_table_size(?::regclass), pg_indexes_size(?::regclass), pg_total_relation_size(?::regclass)")) {
          sizes.setString(1, table.table);
          sizes.setString(2, table.table);
          sizes.setString(3, table.table);
          try (ResultSet rs = sizes.executeQuery()) {
            rs.next();
            double[] s = seconds.getOrDefault(table.table, new double[3]);
            sum += rs.getLong(3);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %s | %s | %s |%n", table.table, table.rows, s[0], s[1], s[2],
                mb(rs.getLong(1)), mb(rs.getLong(2)), mb(rs.getLong(3)));
          }
        }
      }
      System.out.printf(Locale.ROOT, "| all loaded tables | | | | | | | %s |%n", mb(sum));
      System.out.println();
      System.out.println("| index | size |");
      System.out.println("| --- | ---: |");
      try (ResultSet rs = statement.executeQuery(
          "SELECT indexrelid::regclass::text, pg_relation_size(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
              + "WHERE c.relname IN ('child', 'child_search_key', 'parent_carer', 'child_identifier', 'involvement') "
              + "ORDER BY pg_relation_size(indexrelid) DESC")) {
        while (rs.next()) {
          System.out.printf(Locale.ROOT, "| %s | %s |%n", rs.getString(1), mb(rs.getLong(2)));
        }
      }
    }
  }

  static String mb(long bytes) {
    return bytes >= 10_000_000_000L ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9) : String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
  }
}
