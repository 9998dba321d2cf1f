package uk.contactpoint.child.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns names into the keys that search looks up in an index. A name is split into tokens; each
 * token gives its normalised spelling, its Double Metaphone codes (so "Kely", "Kelli" and "Kellie"
 * meet "Kelly") and the full forms of a short form (so "Libby" meets "Elizabeth"). The same
 * function builds the keys stored with a record and the keys of a query, which is what makes a
 * search an index lookup rather than a scan.
 */
public final class NameKeys {

  /** Longest key stored; the column is this wide. */
  public static final int KEY_LENGTH = 40;

  /** Begins a carer's key: a name's tokens are letters only, so no name key begins with it. */
  public static final String CARER_MARK = "~";

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  // Compiled once: a search splits the typed name and every candidate's names (up to 200 records).
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");
  private static final Map<String, Set<String>> FULL_FORMS = loadShortForms();

  private NameKeys() {}

  /** "Seán O'Brien-Smith" gives [SEAN, OBRIEN, SMITH]. */
  public static List<String> tokens(String name) {
    if (name == null) {
      return List.of();
    }
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String upper = APOSTROPHES.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll("");
    return Arrays.stream(NOT_LETTERS.split(upper))
        .filter(token -> !token.isEmpty())
        .map(token -> token.length() > KEY_LENGTH ? token.substring(0, KEY_LENGTH) : token)
        .toList();
  }

  /**
   * The key of a parent's or carer's full name, stored with the child's date of birth: "Mary
   * O'Brien" gives "~MARY OBRIEN". Matching reads it to meet a child whose own names have both
   * drifted and who has moved (docs/feeds.md, blocking); search never does, since no token of a
   * typed name begins with the mark. Empty when the name has no letters.
   */
  public static Optional<String> carerKey(String fullName) {
    List<String> tokens = tokens(fullName);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    String key = CARER_MARK + String.join(" ", tokens);
    return Optional.of(key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key);
  }

  /** Whether a stored key is a carer's ({@link #carerKey}), not one of the child's names. */
  public static boolean isCarerKey(String key) {
    return key.startsWith(CARER_MARK);
  }

  /** Every key of one token: spelling, sound and full forms of a short form. */
  public static Set<String> keysOfToken(String token) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(token);
    addIfPresent(keys, METAPHONE.doubleMetaphone(token));
    addIfPresent(keys, METAPHONE.doubleMetaphone(token, true));
    keys.addAll(FULL_FORMS.getOrDefault(token, Set.of()));
    return keys;
  }

  /** The keys of all the given names, e.g. given names, family name and former names. */
  public static Set<String> keysOf(List<String> names) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : names) {
      for (String token : tokens(name)) {
        keys.addAll(keysOfToken(token));
      }
    }
    return keys;
  }

  /** Whether two tokens are forms of one name ("LIBBY" and "ELIZABETH"). */
  public static boolean sameFullForm(String one, String other) {
    Set<String> fullOne = fullFormsOf(one);
    Set<String> fullOther = fullFormsOf(other);
    return fullOne.stream().anyMatch(fullOther::contains);
  }

  private static Set<String> fullFormsOf(String token) {
    Set<String> forms = new LinkedHashSet<>(FULL_FORMS.getOrDefault(token, Set.of()));
    forms.add(token);
    return forms;
  }

  private static void addIfPresent(Set<String> keys, String code) {
    if (code != null && !code.isEmpty()) {
      keys.add(code);
    }
  }

  /** short-forms.txt: one line per full form, "ELIZABETH: LIZ, LIZZIE, BETH, LIBBY". */
  private static Map<String, Set<String>> loadShortForms() {
    Map<String, Set<String>> fullForms = new HashMap<>();
    try (var in = NameKeys.class.getResourceAsStream("short-forms.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(
              line -> {
                String[] parts = line.split(":", 2);
                String full = parts[0].strip();
                for (String shortForm : parts[1].split(",")) {
                  fullForms
                      .computeIfAbsent(shortForm.strip(), k -> new LinkedHashSet<>())
                      .add(full);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fullForms;
  }
}
