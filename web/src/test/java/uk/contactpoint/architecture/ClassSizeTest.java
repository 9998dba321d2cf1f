package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class that does too much is found by its length before anyone reads it: no class of
 * persistence, ejb or web over 400 lines (as formatted by google-java-format), and no bean — an
 * EJB, a CDI bean, a screen's bean — over 300, for a bean with more is several jobs behind one
 * door. The child's record is the aggregate root every rule of a record passes through, and may be
 * longer while it reads as one.
 */
class ClassSizeTest {

  private static final int CLASS_LINES = 400;
  private static final int BEAN_LINES = 300;

  /** Classes allowed past the class limit, with why. */
  private static final Map<String, String> LONGER =
      Map.of("Child.java", "the aggregate root of a child's record (DESIGN.md section 1)");

  private static final Pattern BEAN =
      Pattern.compile(
          "^@(Stateless|Singleton|Stateful|MessageDriven|Named|Dependent|RequestScoped|ViewScoped"
              + "|SessionScoped|ApplicationScoped)\\b",
          Pattern.MULTILINE);

  private static Path root() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
  }

  @Test
  void noClassOrBeanIsLongerThanOneJobNeeds() throws IOException {
    Map<String, Integer> tooLong = new TreeMap<>();
    int read = 0;
    for (String module : List.of("persistence", "ejb", "web")) {
      Path sources = root().resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          int lines = (int) text.lines().count();
          int limit = BEAN.matcher(text).find() ? BEAN_LINES : CLASS_LINES;
          read++;
          if (lines > limit && !LONGER.containsKey(file.getFileName().toString())) {
            tooLong.put(root().relativize(file).toString(), lines);
          }
        }
      }
    }
    assertTrue(read > 300, "sources read: " + read);
    assertEquals(
        Map.of(), tooLong, "beans over " + BEAN_LINES + " lines, classes over " + CLASS_LINES);
  }
}
