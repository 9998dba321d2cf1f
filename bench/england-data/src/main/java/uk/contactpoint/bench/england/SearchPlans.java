package uk.contactpoint.bench.england;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import uk.contactpoint.search.boundary.ChildSearch;
import uk.contactpoint.search.control.ChildSearchCriteria;
import uk.contactpoint.search.control.CandidateFinder;

/**
 * The search queries at scale: production's {@link CandidateFinder} builds them (its entity
 * manager is a stand-in that runs each native query over JDBC), for name + date of birth, name +
 * year of birth and name + postcode district. Prints EXPLAIN (ANALYZE, BUFFERS) for a child with
 * the commonest surname and for a random child, then times each kind over a sample of children.
 */
final class SearchPlans {

  private static final int SAMPLE = 300;

  private final Connection connection;
  private final LocalDate today;
  private final CandidateFinder finder = new CandidateFinder();
  private boolean explain;
  private final List<String> sqlSeen = new ArrayList<>();

  record Person(String given, String family, LocalDate born, String district) {
    String typed() {
      return given.split(" ")[0] + " " + family;
    }
  }

  SearchPlans(Connection connection, LocalDate today) throws Exception {
    this.connection = connection;
    this.today = today;
    Field em = CandidateFinder.class.getDeclaredField("em");
    em.setAccessible(true);
    em.set(finder, entityManager());
  }

  void run() throws Exception {
    // The session keeps max_parallel_workers_per_gather = 0 (parallel workers would not run niced);
    // the index lookups below are planned the same either way, too small for a parallel plan.
    Person common = one("SELECT given_names, family_name, birth_date, postcode_district FROM child "
        + "WHERE family_name = (SELECT family_name FROM child GROUP BY family_name ORDER BY count(*) DESC LIMIT 1) "
        + "AND postcode_district IS NOT NULL AND shielded = FALSE LIMIT 1");
    List<Person> sample = sample();
    System.out.println();
    System.out.println("Search plans (CandidateFinder's SQL; limit " + (ChildSearch.MAX_CANDIDATES + 1) + " candidates)");
    for (Person person : List.of(common, sample.get(0))) {
      System.out.println();
      System.out.println("### " + person.typed() + ", born " + person.born() + ", district " + person.district());
      explain = true;
      for (String kind : List.of("name + date of birth", "name + year of birth", "name + postcode district")) {
        System.out.println();
        System.out.println("-- " + kind);
        finder.candidateIds(criteria(kind, person), ChildSearch.MAX_CANDIDATES + 1);
      }
      explain = false;
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "Timings over %d children drawn at random (candidateIds, one query each, ms); the first pass "
        + "reads what is not yet cached, the second the same searches again:%n", sample.size());
    System.out.println("| pass | query | p50 | p95 | p99 | max | candidates: mean | max below the cap | too broad (refine) |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String pass : List.of("first", "second")) {
      timings(pass, sample);
    }
    System.out.println();
    System.out.println("The commonest search keys (rows of child_search_key):");
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT search_key, count(*) FROM child_search_key GROUP BY 1 ORDER BY 2 DESC LIMIT 12")) {
      StringBuilder line = new StringBuilder();
      while (rs.next()) {
        line.append(String.format(Locale.ROOT, "%s %,d; ", rs.getString(1), rs.getLong(2)));
      }
      System.out.println("  " + line);
    }
  }

  private void timings(String pass, List<Person> sample) {
    for (String kind : List.of("name + date of birth", "name + year of birth", "name + postcode district")) {
      double[] ms = new double[sample.size()];
      long candidates = 0;
      int refine = 0;
      int widest = 0;
      for (int i = 0; i < sample.size(); i++) {
        long t = System.nanoTime();
        List<Long> ids = finder.candidateIds(criteria(kind, sample.get(i)), ChildSearch.MAX_CANDIDATES + 1);
        ms[i] = (System.nanoTime() - t) / 1e6;
        candidates += ids.size();
        refine += ids.size() > ChildSearch.MAX_CANDIDATES ? 1 : 0;
        widest = ids.size() > ChildSearch.MAX_CANDIDATES ? widest : Math.max(widest, ids.size());
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.1f | %d | %d of %d |%n", pass, kind, ms[ms.length / 2],
          ms[(int) (ms.length * 0.95)], ms[(int) (ms.length * 0.99)], ms[ms.length - 1], candidates / (double) sample.size(), widest,
          refine, sample.size());
    }
  }

  private ChildSearchCriteria criteria(String kind, Person person) {
    return switch (kind) {
      case "name + date of birth" -> ChildSearchCriteria.of(person.typed(), person.born(), null, null, null, 1, 20, today);
      case "name + year of birth" -> ChildSearchCriteria.of(person.typed(), null, person.born().getYear(), null, null, 1, 20, today);
      default -> ChildSearchCriteria.of(person.typed(), null, null, null, person.district(), 1, 20, today);
    };
  }

  private Person one(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return new Person(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
    }
  }

  /** Children drawn by random id (primary key lookups), with a postcode district. */
  private List<Person> sample() throws SQLException {
    long min;
    long max;
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT min(id), max(id) FROM child")) {
      rs.next();
      min = rs.getLong(1);
      max = rs.getLong(2);
    }
    Random random = new Random(7);
    List<Person> people = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT given_names, family_name, birth_date, postcode_district FROM child WHERE id = ? AND postcode_district IS NOT NULL AND shielded = FALSE")) {
      while (people.size() < SAMPLE) {
        statement.setLong(1, min + (long) (random.nextDouble() * (max - min + 1)));
        try (ResultSet rs = statement.executeQuery()) {
          if (rs.next()) {
            people.add(new Person(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
          }
        }
      }
    }
    return people;
  }

  // ---- the stand-in entity manager: native queries run over JDBC ----

  private EntityManager entityManager() {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("createNativeQuery") && args.length == 1) {
        return query((String) args[0]);
      }
      throw new UnsupportedOperationException("CandidateFinder called " + method.getName() + ": the bench handles native queries only");
    };
    return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, handler);
  }

  private Query query(String sql) {
    List<Object> parameters = new ArrayList<>();
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "setParameter" -> {
          int position = (Integer) args[0];
          while (parameters.size() < position) {
            parameters.add(null);
          }
          parameters.set(position - 1, args[1]);
          return proxy;
        }
        case "getResultList" -> {
          return execute(sql, parameters);
        }
        default -> throw new UnsupportedOperationException("Query." + method.getName());
      }
    };
    return (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class}, handler);
  }

  private List<Object> execute(String sql, List<Object> parameters) throws SQLException {
    if (explain) {
      System.out.println(sql);
      System.out.println("   parameters " + parameters);
      try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
        bind(statement, parameters);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            System.out.println("   " + rs.getString(1));
          }
        }
      }
    }
    List<Object> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getLong(1));
        }
      }
    }
    return rows;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
