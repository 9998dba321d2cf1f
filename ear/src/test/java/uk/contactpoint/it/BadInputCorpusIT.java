package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.BadInputCorpus;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * No input breaks the service (DESIGN.md's rule that bad input is a 4xx naming the field, never a
 * 500, and that a refused act changes nothing): every entry of the bad-input corpus is sent to
 * every operation with a request body that the OpenAPI document lists, as the role allowed to call
 * it. Whole-body entries replace the body; value entries replace one field of the operation's
 * example body at a time. Every answer must be below 500, a 400 or 422 must be a problem answer
 * naming a field, and a refused call must leave the record tables' row counts as they were.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputCorpusIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(
            BadInputCorpusIT.class,
            BadInputCorpus.class,
            BadInputCorpus.Entry.class,
            BadInputCorpus.Field.class,
            BadInputCorpus.Raw.class)
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "bad-input-corpus.jar")
                .addAsResource(BadInputCorpus.RESOURCE));
  }

  /**
   * The record tables whose rows a refused call must not add or remove (the audit trail and login
   * attempts record refusals, so they are left out).
   */
  static final List<String> TABLES =
      List.of(
          "child",
          "child_former_name",
          "child_name_spelling",
          "child_address_history",
          "child_identifier",
          "child_link",
          "child_merge",
          "child_transfer",
          "parent_carer",
          "involvement",
          "lead_change",
          "organisation",
          "practitioner",
          "user_account",
          "user_account_role",
          "user_account_duty",
          "shield",
          "shield_request",
          "contact_request",
          "correction_request",
          "inaccuracy_report",
          "investigation",
          "record_extension",
          "record_tombstone",
          "match_case",
          "subject_access_request",
          "source_system_key",
          "feed_batch",
          "feed_record",
          "notification");

  /** A number that is no row's id, for path ids this test cannot make a row for. */
  static final String NO_ROW = "999999999";

  @EJB TestRecords records;

  private final Random random = new Random();
  private final Map<String, Api> sessions = new LinkedHashMap<>();
  private final Map<String, TestAccount> accounts = new LinkedHashMap<>();
  private String source;
  private final List<String> fiveHundreds = new ArrayList<>();
  private final List<String> unnamed = new ArrayList<>();
  private final List<String> changed = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
  private final Map<String, JsonObject> operations = new TreeMap<>();
  private BadInputCorpus corpus;
  private JsonObject schemas;
  private int sent;

  /**
   * What the operation answers with when all goes well: a CSV or PDF export is asked for as such.
   */
  private static String accepted(JsonObject operation) {
    JsonObject responses = operation.getJsonObject("responses");
    if (responses != null) {
      for (Map.Entry<String, JsonValue> response : responses.entrySet()) {
        JsonObject content = response.getValue().asJsonObject().getJsonObject("content");
        if (response.getKey().startsWith("2")
            && content != null
            && !content.isEmpty()
            && !content.containsKey("application/json")) {
          return content.keySet().iterator().next();
        }
      }
    }
    return "application/json";
  }

  @Test
  void noCorpusEntryAnswers5xxOrChangesARecordWhenRefused() {
    BadInputCorpus corpus = BadInputCorpus.load();
    logIn();
    JsonObject openapi = new Api().get("/openapi?format=JSON").json();
    JsonObject schemas =
        openapi.getJsonObject("components") == null
            ? JsonValue.EMPTY_JSON_OBJECT
            : openapi.getJsonObject("components").getJsonObject("schemas");
    this.corpus = corpus;
    this.schemas = schemas;
    List<String> operations = new ArrayList<>();
    long started = System.nanoTime();
    for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
      for (String method : List.of("post", "put", "patch")) {
        JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
        if (operation != null && operation.getJsonObject("requestBody") != null) {
          this.operations.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), operation);
        }
      }
    }
    this.operations.forEach(
        (name, operation) -> {
          String method = name.substring(0, name.indexOf(' '));
          String template = name.substring(name.indexOf(' ') + 1);
          JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
          operations.add(name);
          if (content.containsKey("application/json")) {
            sendCorpus(
                name,
                method,
                template,
                content.getJsonObject("application/json").getJsonObject("schema"),
                accepted(operation),
                false);
          }
          if (content.containsKey("text/csv")) {
            sendCorpus(name, method, template, null, accepted(operation), true);
          }
        });
    System.out.printf(
        "Bad-input corpus: %d operations with a body, %d corpus entries, %d requests sent in %d s; answers by status %s%n",
        operations.size(),
        corpus.entries.size(),
        sent,
        (System.nanoTime() - started) / 1_000_000_000L,
        statuses);
    byOperation.forEach((name, counts) -> System.out.println("  " + name + " " + counts));
    fiveHundreds.forEach(line -> System.out.println("5xx: " + line));
    unnamed.forEach(
        line -> System.out.println("unnamed: " + line.substring(0, line.indexOf(" -> ") + 8)));
    changed.forEach(line -> System.out.println("changed: " + line));
    assertTrue(
        operations.size() > 30, "the OpenAPI document lists the API's operations: " + operations);
    assertEquals(List.of(), fiveHundreds, fiveHundreds.size() + " answers of 500 or more");
    assertEquals(List.of(), changed, changed.size() + " refused calls changed rows");
    assertEquals(List.of(), unnamed, unnamed.size() + " refusals of bad input that name no field");
  }

  @Test
  void anAddressWithAControlCharacterIsRefusedNamingWhereNotAnsweredWith500() {
    logIn();
    JsonObject openapi = new Api().get("/openapi?format=JSON").json();
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
      if (!path.getKey().contains("{")) {
        continue;
      }
      String address = path.getKey().replaceAll("\\{[^}]+}", "a%00b");
      for (String method : List.of("get", "delete", "post")) {
        if (path.getValue().asJsonObject().containsKey(method)) {
          for (Api session : sessions.values()) {
            Api.Answer answer =
                session.send(
                    method.toUpperCase(Locale.ROOT),
                    address,
                    "application/json",
                    "application/json",
                    "{}");
            tried++;
            if (answer.status() >= 500) {
              failures.add(method + " " + address + " -> " + answer.status());
            }
          }
        }
      }
    }
    assertTrue(tried > 50, "the addresses with an id in them: " + tried);
    assertEquals(List.of(), failures);
    Api.Answer inPath = sessions.get("practitioner").get("/api/v1/children/a%00b");
    assertEquals(400, inPath.status(), inPath.body());
    assertTrue(
        inPath.body().contains("\"path\"") && inPath.body().contains("control characters"),
        inPath.body());
    Api.Answer inQuery = sessions.get("manager").get("/api/v1/manage/corrections?overdue=tr%00ue");
    assertEquals(400, inQuery.status(), inQuery.body());
    assertTrue(inQuery.body().contains("\"overdue\""), inQuery.body());
  }

  private void logIn() {
    TestAccount admin = records.createAccount(AccountSpec.admin());
    accounts.put("admin", admin);
    accounts.put("practitioner", records.createAccount(AccountSpec.practitioner()));
    accounts.put("manager", records.createAccount(AccountSpec.manager("E08000035", Duty.values())));
    accounts.put("auditor", records.createAccount(AccountSpec.auditor()));
    accounts.forEach((role, account) -> sessions.put(role, Api.loggedIn(account)));
    source = "CORPUS-" + letters(6).toUpperCase(Locale.ROOT);
    String key =
        sessions
            .get("admin")
            .post(
                "/api/v1/admin/source-keys",
                "{\"sourceCode\":\"" + source + "\",\"sectionCode\":\"E08000035\"}")
            .json()
            .getString("key");
    sessions.put("source", new Api().withBearer(key));
  }

  /**
   * Sends every entry to one operation. After an accepted call the operation's records are made
   * afresh, so that what the call changed (a shield now in place, say) does not refuse the rest.
   */
  private void sendCorpus(
      String name, String method, String template, JsonObject schema, String accept, boolean csv) {
    Target target = new Target(name, template, schema);
    String role =
        roleFor(
            target.path,
            method,
            accept,
            csv ? "recordId\n" : BadInputCorpus.write(target.example),
            csv);
    for (BadInputCorpus.Entry entry : corpus.entries) {
      switch (entry.kind()) {
        case "csv" -> {
          if (csv) {
            target =
                send(target, entry.name(), "body", role, method, accept, "text/csv", entry.text());
          }
        }
        case "body" -> {
          if (!csv) {
            target =
                send(
                    target,
                    entry.name(),
                    "body",
                    role,
                    method,
                    accept,
                    "application/json",
                    entry.text());
          }
        }
        case "type" -> {
          if (!csv) {
            target =
                send(
                    target,
                    entry.name(),
                    "body",
                    role,
                    method,
                    accept,
                    entry.contentType(),
                    entry.text());
          }
        }
        default -> {
          if (!csv) {
            for (BadInputCorpus.Field field : BadInputCorpus.fields(target.example)) {
              if (entry.kind().equals("any") || entry.kind().equals(field.type())) {
                target =
                    send(
                        target,
                        entry.name(),
                        field.name(),
                        role,
                        method,
                        accept,
                        "application/json",
                        BadInputCorpus.with(target.example, field, entry.text()));
              }
            }
          }
        }
      }
    }
  }

  /** An operation's path and example body, pointing at records made for it. */
  private final class Target {
    final String name;
    final String template;
    final JsonObject schema;
    final String path;
    final Object example;
    final String unique;

    Target(String name, String template, JsonObject schema) {
      this.name = name;
      this.template = template;
      this.schema = schema;
      Fill fill = new Fill();
      this.path = fill.path(template);
      String exampleText = corpus.examples.get(name);
      this.unique = exampleText != null && exampleText.contains("${unique}") ? fill.unique : null;
      this.example =
          exampleText != null
              ? BadInputCorpus.plain(fill.text(exampleText))
              : schema == null ? Map.of() : fill.example(schema, schemas, "", 0);
    }

    Target afresh() {
      return new Target(name, template, schema);
    }
  }

  /**
   * The role allowed to call an operation: the one its path suggests, else the first one not
   * refused.
   */
  private String roleFor(String path, String method, String accept, String example, boolean csv) {
    List<String> order =
        new ArrayList<>(
            List.of("practitioner", "manager", "admin", "auditor", "source", "anonymous"));
    String likely =
        path.startsWith("/api/v1/session") || path.startsWith("/api/v1/activation")
            ? "anonymous"
            : path.startsWith("/api/v1/feeds")
                ? "source"
                : path.startsWith("/api/v1/manage")
                    ? "manager"
                    : path.startsWith("/api/v1/audit")
                        ? "auditor"
                        : path.startsWith("/api/v1/admin") ? "admin" : "practitioner";
    order.remove(likely);
    order.add(0, likely);
    for (String role : order) {
      Api.Answer answer =
          call(role, method, path, accept, csv ? "text/csv" : "application/json", example);
      if (answer.status() != 401 && answer.status() != 403) {
        // Only the status reaches the server log: an answer may hold a test record's values, which
        // the log sweep looks for.
        System.out.println(
            "example " + method + " " + path + " as " + role + " -> " + answer.status());
        return role;
      }
    }
    return likely;
  }

  private Target send(
      Target target,
      String entry,
      String field,
      String role,
      String method,
      String accept,
      String contentType,
      String body) {
    String operation = target.name;
    String what = operation + " | " + entry + " | " + field + " | as " + role;
    if (corpus.knownFailures.contains(operation + " " + entry + " " + field)) {
      return target;
    }
    long[] before = counts();
    // A CSV batch names itself in the query, a new name each time, so that it is read, not refused
    // as a repeat.
    String path =
        contentType.equals("text/csv")
            ? target.path + "?batchId=corpus-" + letters(10)
            : target.path;
    if (target.unique != null) {
      // A feed batch's id is new for each call: the same id with other content is a 409, not a
      // reading of the body.
      body = body.replace(target.unique, letters(10));
    }
    Api.Answer answer = call(role, method, path, accept, contentType, body);
    sent++;
    statuses.merge(answer.status(), 1, Integer::sum);
    byOperation
        .computeIfAbsent(operation, key -> new TreeMap<>())
        .merge(answer.status(), 1, Integer::sum);
    String line = what + " -> " + answer.status();
    if (answer.status() >= 500) {
      fiveHundreds.add(line);
    }
    if (answer.status() < 400) {
      settle();
      return target.afresh();
    }
    long[] after = counts();
    if (!Arrays.equals(before, after)) {
      changed.add(line + " " + difference(before, after));
    }
    if (answer.status() == 400 || answer.status() == 422) {
      if (!answer.contentType().startsWith("application/problem+json") || !namesAField(answer)) {
        unnamed.add(line + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
      }
    } else if (answer.status() < 500
        && !answer.contentType().startsWith("application/problem+json")) {
      unnamed.add(line + " (not a problem answer: " + answer.contentType() + ")");
    }
    return target;
  }

  private static boolean namesAField(Api.Answer answer) {
    try {
      JsonArray errors = answer.json().getJsonArray("errors");
      // A field of "" is the body itself (the JSON Pointer of the whole document), as the strict
      // reader names it.
      return errors != null
          && !errors.isEmpty()
          && errors.stream()
              .allMatch(
                  error ->
                      error.asJsonObject().containsKey("field")
                          && !error.asJsonObject().getString("message", "").isBlank());
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  private Api.Answer call(
      String role, String method, String path, String accept, String contentType, String body) {
    Api api = role.equals("anonymous") ? new Api() : sessions.get(role);
    Api.Answer answer = api.send(method.toUpperCase(Locale.ROOT), path, accept, contentType, body);
    if (answer.status() == 401 && !role.equals("anonymous") && !role.equals("source")) {
      // A session may have ended (the corpus holds no logout, but a refusal may end it): log in
      // again once.
      sessions.put(role, Api.loggedIn(accounts.get(role)));
      answer =
          sessions.get(role).send(method.toUpperCase(Locale.ROOT), path, accept, contentType, body);
    }
    return answer;
  }

  private long[] counts() {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < TABLES.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(SELECT COUNT(*) FROM ")
          .append(TABLES.get(i))
          .append(")");
    }
    Object[] row = records.rows(sql.toString()).get(0);
    long[] counts = new long[row.length];
    for (int i = 0; i < row.length; i++) {
      counts[i] = ((Number) row[i]).longValue();
    }
    return counts;
  }

  /**
   * After an accepted call, waits for work it started (a feed batch is applied in the background)
   * to end.
   */
  private void settle() {
    long[] last = counts();
    for (int i = 0; i < 50; i++) {
      sleep(100);
      long[] now = counts();
      if (Arrays.equals(last, now)) {
        return;
      }
      last = now;
    }
  }

  private static String difference(long[] before, long[] after) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < before.length; i++) {
      if (before[i] != after[i]) {
        text.append(TABLES.get(i))
            .append(' ')
            .append(before[i])
            .append("->")
            .append(after[i])
            .append(' ');
      }
    }
    return text.toString().strip();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String letters(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  /** The records an operation's path and example body point at: made fresh for each operation. */
  private final class Fill {
    private String child;
    private String username;
    final String unique = "u" + letters(12);

    /**
     * A home of the corpus's own: the corpus shields carers, and everyone else's test children
     * living at the same address would count as living with a shielded carer.
     */
    String postcode() {
      String letters = "ABDEFGHJLNPQRSTUWXYZ";
      return "ZE"
          + (1 + random.nextInt(3))
          + " "
          + random.nextInt(10)
          + letters.charAt(random.nextInt(letters.length()))
          + letters.charAt(random.nextInt(letters.length()));
    }

    String child() {
      if (child == null) {
        child =
            records.create(
                ChildSpec.named("Corpus", "Child" + letters(8), LocalDate.now().minusYears(6))
                    .withPostcode(postcode(), "Lerwick"));
      }
      return child;
    }

    String username() {
      if (username == null) {
        username = records.createAccount(AccountSpec.practitioner()).username();
      }
      return username;
    }

    String path(String template) {
      String path = template;
      if (path.contains("{involvementId}")) {
        path =
            path.replace(
                "{involvementId}",
                String.valueOf(
                    records.involve(
                        child(),
                        "Corpus Worker",
                        "Mentor",
                        false,
                        LocalDate.now().minusMonths(2),
                        null)));
      }
      if (path.contains("{carerId}")) {
        path =
            path.replace(
                "{carerId}",
                String.valueOf(
                    records.addCarer(
                        child(),
                        "Corpus Carer",
                        uk.contactpoint.child.entity.Relationship.MOTHER,
                        "0700 000 0000")));
      }
      if (path.contains("/organisations/{id}")) {
        path =
            path.replace(
                "{id}",
                String.valueOf(records.createAccount(AccountSpec.practitioner()).organisationId()));
      }
      for (Map.Entry<String, String[]> maker : corpus.makers.entrySet()) {
        String prefix = maker.getKey();
        if (template.startsWith(prefix)) {
          String placeholder = prefix.substring(prefix.lastIndexOf('{'));
          path = path.replace(placeholder, made(maker.getValue()[0], maker.getValue()[1]));
        }
      }
      if (path.contains("/children/{id}")
          || path.contains("/records/{id}")
          || path.contains("/archived-records/{id}")) {
        path = path.replace("{id}", child());
      }
      return path.replace("{username}", username())
          .replace("{source}", source)
          .replace("{code}", source)
          .replace("{id}", NO_ROW)
          .replace("{reference}", NO_ROW);
    }

    /**
     * The id of a row made by a valid call of another operation, or no row's id if it could not be
     * made.
     */
    String made(String operation, String field) {
      if (!operations.containsKey(operation)) {
        return NO_ROW;
      }
      Target maker =
          new Target(
              operation,
              operation.substring(operation.indexOf(' ') + 1),
              operations
                  .get(operation)
                  .getJsonObject("requestBody")
                  .getJsonObject("content")
                  .getJsonObject("application/json")
                  .getJsonObject("schema"));
      for (String role : List.of("practitioner", "manager", "admin", "auditor")) {
        Api.Answer answer =
            call(
                role,
                "POST",
                maker.path,
                "application/json",
                "application/json",
                BadInputCorpus.write(maker.example));
        if (answer.status() / 100 == 2) {
          settle();
          return answer.json().get(field).toString().replace("\"", "");
        }
      }
      return NO_ROW;
    }

    String text(String example) {
      return example
          .replace("${unique}", unique)
          .replace("${child}", child())
          .replace("${today}", LocalDate.now().toString())
          .replace("${source}", source);
    }

    /**
     * A plausible body from the schema: the names of fields pick their values where a type alone
     * would not do.
     */
    Object example(JsonObject schema, JsonObject schemas, String name, int depth) {
      if (schema.containsKey("$ref")) {
        String ref = schema.getString("$ref");
        return example(
            schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas, name, depth);
      }
      if (schema.containsKey("enum")) {
        return schema.getJsonArray("enum").getString(0);
      }
      String type = schema.getString("type", "object");
      String format = schema.getString("format", "");
      String lower = name.toLowerCase(Locale.ROOT);
      switch (type) {
        case "object" -> {
          Map<String, Object> body = new LinkedHashMap<>();
          JsonObject properties = schema.getJsonObject("properties");
          if (properties != null && depth < 4) {
            properties.forEach(
                (key, inner) ->
                    body.put(key, example(inner.asJsonObject(), schemas, key, depth + 1)));
          }
          return body;
        }
        case "array" -> {
          return schema.containsKey("items")
              ? List.of(example(schema.getJsonObject("items"), schemas, name, depth + 1))
              : List.of();
        }
        case "integer", "number" -> {
          return lower.contains("limit") || lower.contains("size")
              ? 5
              : lower.contains("page") ? 1 : lower.contains("year") ? 2020 : 1;
        }
        case "boolean" -> {
          return lower.equals("exists");
        }
        default -> {
          if (format.equals("date")) {
            return (lower.contains("review") || lower.contains("ends")
                    ? LocalDate.now().plusMonths(3)
                    : lower.contains("from")
                        ? LocalDate.now().minusMonths(1)
                        : lower.contains("birth")
                            ? LocalDate.now().minusYears(6)
                            : lower.contains("vetted")
                                    || lower.contains("trained")
                                    || lower.contains("signed")
                                ? LocalDate.now().minusMonths(1)
                                : LocalDate.now())
                .toString();
          }
          if (format.equals("date-time")) {
            return java.time.Instant.now().toString();
          }
          if (lower.equals("childid") || lower.equals("survivorid")) {
            return child();
          }
          if (lower.equals("duplicateid")) {
            return records.create(
                ChildSpec.named("Corpus", "Twin" + letters(8), LocalDate.now().minusYears(6))
                    .withPostcode(postcode(), "Lerwick"));
          }
          return lower.equals("username")
              ? username()
              : lower.contains("email")
                  ? "corpus@example.net"
                  : lower.contains("phone")
                      ? "0113 000 0000"
                      : lower.equals("sourcecode")
                          ? "CORPUS-" + letters(6).toUpperCase(Locale.ROOT)
                          : lower.contains("postcode")
                              ? "LS1 1AA"
                              : lower.equals("action")
                                  ? "ARCHIVED_RECORD_OPENED"
                                  : lower.contains("localauthority") || lower.contains("section")
                                      ? "E08000035"
                                      : "Corpus " + name;
        }
      }
    }
  }
}
