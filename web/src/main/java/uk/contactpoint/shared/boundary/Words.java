package uk.contactpoint.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain English for the codes the system stores (an enum's constants, a list of roles), so that no
 * screen shows "LA_MANAGER" or "SIGNIFICANT_HARM": {@code #{words.of(value)}}. The words are in
 * Words.properties, by the enum's simple name and constant; a code without an entry reads as its
 * constant in sentence case ("NO_RESPONSE" is "No response").
 */
@Named("words")
@ApplicationScoped
public class Words {

  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle("uk.contactpoint.shared.boundary.Words", Locale.UK);
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  /**
   * The words for a code, an enum constant, a collection of them, or a text of codes separated by
   * commas.
   */
  public String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> constant) {
      return wordsFor(constant.getDeclaringClass().getSimpleName(), constant.name());
    }
    if (value instanceof Collection<?> many) {
      return many.stream().map(this::of).collect(Collectors.joining(", "));
    }
    String text = value.toString().strip();
    if (text.isEmpty()
        || !SEPARATORS.splitAsStream(text).allMatch(part -> CODE.matcher(part).matches())) {
      return text;
    }
    return SEPARATORS
        .splitAsStream(text)
        .map(code -> wordsFor(null, code))
        .collect(Collectors.joining(", "));
  }

  private static String wordsFor(String type, String code) {
    for (String key : type == null ? new String[] {code} : new String[] {type + "." + code, code}) {
      try {
        return WORDS.getString(key);
      } catch (MissingResourceException none) {
        // the next key, then the constant itself
      }
    }
    String spaced = code.replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
