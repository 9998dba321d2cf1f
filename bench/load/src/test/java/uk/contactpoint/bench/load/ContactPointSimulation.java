package uk.contactpoint.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The practitioner's load on the benchmark server (docs/benchmarks.md), closed model: {@code users}
 * virtual practitioners at once, each logged in with all four factors (its own benchmark account,
 * a TOTP code computed here), then working without pause for {@code seconds}:
 *
 * <ul>
 *   <li>{@code mode=search}: searches only, the mix of the feeder (exact name + date of birth, a
 *       typo in the name + date of birth, name + year of birth, name + postcode);
 *   <li>{@code mode=journey}: a search, then the record opened with a reason (audited), and every
 *       fifth time an involvement added and ended;
 *   <li>{@code mode=login}: {@code users} at once, each logging in and out {@code logins / users}
 *       times, a different account each time (a code is accepted once per account);
 *   <li>{@code mode=search-rate} and {@code mode=access-rate}: the open model's load at a fixed
 *       arrival rate, {@code rate} requests a second: {@code users} logged-in practitioners each
 *       start a search (or a record access with its reason, of a child of the feeder) every
 *       {@code users / rate} seconds, whether or not the last has been answered late (Gatling's
 *       pace: the next starts at its time, or at once if the last took longer). With enough users
 *       that none is still waiting when its next is due, the arrivals do not slow with the server,
 *       unlike the closed model's. The users start one after another, {@code 1 / rate} seconds
 *       apart, so the requests arrive evenly through each second; with {@code burst=true} they all
 *       start at once after logging in, as before 2026-12-07, and the requests arrive as
 *       {@code users} at the same moment every {@code users / rate} seconds (each burst queues on
 *       the server even when the machine is half idle: the latencies measure the burst).
 * </ul>
 *
 * Properties: baseUrl (https://localhost:8943), mode, users, seconds, firstUser (the first
 * benchmark account: runs close together use different accounts), logins, feeder (the CSV of
 * searches, made by bench/load_benchmark.sh from the benchmark database).
 */
public class ContactPointSimulation extends Simulation {

  private static final String MODE = System.getProperty("mode", "search");
  private static final int USERS = Integer.getInteger("users", 1);
  private static final int SECONDS = Integer.getInteger("seconds", 60);
  private static final int FIRST_USER = Integer.getInteger("firstUser", 0);
  private static final int LOGINS = Integer.getInteger("logins", 400);
  private static final int RATE = Integer.getInteger("rate", 100);
  private static final boolean BURST = Boolean.getBoolean("burst");
  private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

  private final AtomicInteger nextAccount = new AtomicInteger(FIRST_USER);
  /** Per search kind: searches, answered "refine" (too broad), the wanted child among the results. */
  private static final Map<String, LongAdder[]> OUTCOMES = new ConcurrentHashMap<>();

  private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("baseUrl", "https://localhost:8943"))
      .acceptHeader("application/json")
      .contentTypeHeader("application/json")
      .disableCaching();

  private final FeederBuilder<String> searches = csv(System.getProperty("feeder", "target/searches.csv")).random();

  private Session nextAccount(Session session) {
    String username = BenchLogin.username(nextAccount.getAndIncrement());
    String code = BenchLogin.totp(BenchLogin.totpSecret(username), BenchLogin.stepNow());
    return session.set("body", json("username", username, "password", BenchLogin.password(username), "pin", BenchLogin.pin(username),
        "code", code));
  }

  private final ChainBuilder login = exec(this::nextAccount)
      .exec(http("login").post("/api/v1/session").body(StringBody("#{body}")).check(status().is(200)));

  private final ChainBuilder logout = exec(http("logout").delete("/api/v1/session").check(status().in(200, 204)));

  private static Session searchBody(Session session) {
    String kind = session.getString("kind");
    String body = switch (kind) {
      case "exact" -> json("name", session.getString("name"), "dateOfBirth", session.getString("dob"));
      case "typo" -> json("name", session.getString("typo"), "dateOfBirth", session.getString("dob"));
      case "year" -> "{\"name\":" + quote(session.getString("name")) + ",\"yearOfBirth\":" + session.getString("dob").substring(0, 4) + "}";
      case "postcode" -> json("name", session.getString("name"), "postcode", session.getString("postcode"));
      default -> throw new IllegalArgumentException(kind);
    };
    return session.set("body", body);
  }

  private static Session countSearch(Session session) {
    LongAdder[] counts = OUTCOMES.computeIfAbsent(session.getString("kind"), k -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
    counts[0].increment();
    Object refine = session.contains("refine") ? session.get("refine") : null;
    if ("true".equals(String.valueOf(refine))) {
      counts[1].increment();
    }
    List<Object> ids = session.contains("ids") ? session.getList("ids") : List.of();
    if (ids.contains(session.getString("childId"))) {
      counts[2].increment();
    }
    return session.remove("refine").remove("ids");
  }

  private final ChainBuilder search = feed(searches)
      .exec(ContactPointSimulation::searchBody)
      .exec(http("search #{kind}").post("/api/v1/children/search").body(StringBody("#{body}"))
          .check(status().is(200), jsonPath("$.refine").optional().saveAs("refine"),
              jsonPath("$.results[*].id").findAll().optional().saveAs("ids")))
      .exec(ContactPointSimulation::countSearch);

  private final AtomicInteger journeys = new AtomicInteger();

  private final ChainBuilder journey = exec(search)
      .exec(http("record access").post("/api/v1/children/#{childId}/access")
          .body(StringBody("{\"reason\":\"COORDINATE_SUPPORT\"}")).check(status().is(200)))
      .doIf(session -> journeys.incrementAndGet() % 5 == 0).then(
          exec(http("involvement add").post("/api/v1/children/#{childId}/involvements")
              .body(StringBody("{\"role\":\"Family support worker\",\"startDate\":\"" + TODAY + "\"}"))
              .check(status().is(201), jsonPath("$.id").saveAs("involvementId")))
          .exec(http("involvement end").post("/api/v1/children/#{childId}/involvements/#{involvementId}/end")
              .body(StringBody("{\"endDate\":\"" + TODAY + "\"}")).check(status().is(200))));

  private final ChainBuilder access = feed(searches)
      .exec(http("record access").post("/api/v1/children/#{childId}/access")
          .body(StringBody("{\"reason\":\"COORDINATE_SUPPORT\"}")).check(status().is(200)));

  private final AtomicInteger startingUsers = new AtomicInteger();

  /**
   * One request every users / rate seconds per user: rate requests a second in all, the k-th user
   * starting k / rate seconds after the first, so that they arrive one at a time (unless burst).
   */
  private ChainBuilder atTheRate(ChainBuilder request) {
    Duration every = Duration.ofMillis(Math.round(1000.0 * USERS / RATE));
    ChainBuilder work = exec(during(Duration.ofSeconds(SECONDS)).on(pace(every).exec(request)));
    if (BURST) {
      return work;
    }
    return exec(pause(session -> Duration.ofMillis(Math.round(1000.0 * startingUsers.getAndIncrement() / RATE))))
        .exec(work);
  }

  private ChainBuilder feed(FeederBuilder<String> feeder) {
    return exec(io.gatling.javaapi.core.CoreDsl.feed(feeder));
  }

  private ScenarioBuilder scenarioOfMode() {
    return switch (MODE) {
      case "search" -> scenario("search").exec(login).exec(rendezVous(USERS))
          .exec(during(Duration.ofSeconds(SECONDS)).on(search));
      case "journey" -> scenario("journey").exec(login).exec(rendezVous(USERS))
          .exec(during(Duration.ofSeconds(SECONDS)).on(journey));
      case "login" -> scenario("login").exec(repeat(Math.max(1, LOGINS / USERS)).on(exec(login).exec(logout)));
      case "search-rate" -> scenario("search-rate").exec(login).exec(rendezVous(USERS)).exec(atTheRate(search));
      case "access-rate" -> scenario("access-rate").exec(login).exec(rendezVous(USERS)).exec(atTheRate(access));
      default -> throw new IllegalArgumentException("mode: search, journey, login, search-rate or access-rate");
    };
  }

  {
    setUp(scenarioOfMode().injectOpen(atOnceUsers(USERS))).protocols(protocol);
  }

  @Override
  public void after() {
    OUTCOMES.forEach((kind, c) -> System.out.printf("SEARCH-OUTCOME kind=%s searches=%d refine=%d found=%d%n", kind, c[0].sum(), c[1].sum(),
        c[2].sum()));
  }

  private static String json(String... pairs) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < pairs.length; i += 2) {
      out.append(i == 0 ? "" : ",").append(quote(pairs[i])).append(':').append(quote(pairs[i + 1]));
    }
    return out.append('}').toString();
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static List<String> kinds() {
    return List.of("exact", "typo", "year", "postcode");
  }
}
