package uk.contactpoint.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad-input corpus (the resource {@code bad-input-corpus.txt}, one entry a line) and what the
 * corpus test needs to use it: entries, example bodies, the fields of a body and a writer that puts
 * a raw corpus value in place of one field.
 */
public final class BadInputCorpus {

  public static final String RESOURCE = "bad-input-corpus.txt";

  /**
   * One line of the corpus: its kind (body, type, csv, string, number, date, any), name and text.
   */
  public record Entry(String kind, String name, String contentType, String text) {}

  /** A leaf of an example body: where it is and what it holds (string, date, number, boolean). */
  public record Field(List<Object> path, String type) {
    public String name() {
      StringBuilder name = new StringBuilder();
      for (Object step : path) {
        name.append(
            step instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + step);
      }
      return name.toString();
    }
  }

  /** A value written into a body as it is, not as a JSON string: the corpus's raw JSON text. */
  public record Raw(String json) {}

  public final List<Entry> entries = new ArrayList<>();
  public final Map<String, String> examples = new LinkedHashMap<>();
  public final List<String> knownFailures = new ArrayList<>();

  /**
   * For a path whose id this test cannot know: the operation that makes such a row, and the field
   * of its answer that holds the id.
   */
  public final Map<String, String[]> makers = new LinkedHashMap<>();

  public static BadInputCorpus load() {
    BadInputCorpus corpus = new BadInputCorpus();
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      in = BadInputCorpus.class.getClassLoader().getResourceAsStream(RESOURCE);
    }
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is not on the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        String kind = parts[0];
        switch (kind) {
          case "example" -> corpus.examples.put(parts[1], parts[2]);
          case "make" -> corpus.makers.put(parts[1], new String[] {parts[2], parts[3]});
          case "known" ->
              corpus.knownFailures.add(String.join(" ", List.of(parts).subList(1, parts.length)));
          case "type" ->
              corpus.entries.add(
                  new Entry(kind, parts[1], parts[2], unescape(expand(part(parts, 3)))));
          case "body", "csv" ->
              corpus.entries.add(new Entry(kind, parts[1], null, unescape(expand(part(parts, 2)))));
          case "string", "number", "date", "any" ->
              corpus.entries.add(new Entry(kind, parts[1], null, expand(part(parts, 2))));
          default -> throw new IllegalStateException("unknown kind of corpus entry: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return corpus;
  }

  private static String part(String[] parts, int index) {
    return parts.length > index ? parts[index] : "";
  }

  private static final Pattern REPEAT = Pattern.compile("@repeat\\((.*?),(\\d+)\\)");
  private static final Pattern DEEP = Pattern.compile("@deep\\((\\d+)\\)");

  static String expand(String text) {
    Matcher deep = DEEP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (deep.find()) {
      int levels = Integer.parseInt(deep.group(1));
      deep.appendReplacement(
          out, Matcher.quoteReplacement("[".repeat(levels) + "]".repeat(levels)));
    }
    deep.appendTail(out);
    Matcher repeat = REPEAT.matcher(out.toString());
    StringBuilder result = new StringBuilder();
    while (repeat.find()) {
      repeat.appendReplacement(
          result,
          Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
    }
    repeat.appendTail(result);
    return result.toString();
  }

  /** \n, \t and \\uXXXX in a whole body, so that a line of the file can hold a NUL or a BOM. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == 'n') {
          out.append('\n');
          i++;
          continue;
        }
        if (next == 't') {
          out.append('\t');
          i++;
          continue;
        }
        if (next == 'u'
            && i + 5 < text.length()
            && text.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
          out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A JSON text as plain maps, lists and values, so that a copy can be changed in one place. */
  public static Object plain(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return plain(reader.readValue());
    }
  }

  static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        ((JsonObject) value).forEach((key, inner) -> map.put(key, plain(inner)));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        ((JsonArray) value).forEach(inner -> list.add(plain(inner)));
        yield list;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).numberValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> null;
    };
  }

  /**
   * The leaves of a body, each with its type as the schema gave it (dates are strings of the form
   * YYYY-MM-DD).
   */
  public static List<Field> fields(Object body) {
    List<Field> fields = new ArrayList<>();
    collect(body, new ArrayList<>(), fields);
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, List<Object> path, List<Field> fields) {
    if (value instanceof Map<?, ?> map) {
      ((Map<String, Object>) map)
          .forEach((key, inner) -> collect(inner, append(path, key), fields));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), append(path, i), fields);
      }
    } else if (value instanceof String text) {
      fields.add(new Field(path, text.matches("\\d{4}-\\d{2}-\\d{2}") ? "date" : "string"));
    } else if (value instanceof Number) {
      fields.add(new Field(path, "number"));
    } else if (value instanceof Boolean) {
      fields.add(new Field(path, "boolean"));
    }
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  /** The body with one field replaced by a raw JSON text. */
  @SuppressWarnings("unchecked")
  public static String with(Object body, Field field, String rawJson) {
    Object copy = plain(write(body));
    Object parent = copy;
    List<Object> path = field.path();
    for (int i = 0; i < path.size() - 1; i++) {
      parent =
          parent instanceof Map<?, ?> map
              ? map.get(path.get(i))
              : ((List<Object>) parent).get((Integer) path.get(i));
    }
    Object last = path.get(path.size() - 1);
    if (parent instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put((String) last, new Raw(rawJson));
    } else {
      ((List<Object>) parent).set((Integer) last, new Raw(rawJson));
    }
    return write(copy);
  }

  /** Writes plain maps, lists and values (and {@link Raw} text as it is) as JSON. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        writeString(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof String text) {
      writeString(text, out);
    } else {
      out.append(value);
    }
  }

  private static void writeString(String text, StringBuilder out) {
    out.append(Json.createValue(text).toString());
  }
}
