package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md's module map names every feature of every module, and only those (DESIGN.md section 3:
 * a reader finds a capability by its name in every module). A newcomer goes from the map to a
 * feature's package-info.java to its boundary; a feature added, renamed or removed without its line
 * in the map fails this test.
 */
class ModuleMapTest {

  private static final List<String> MODULES = List.of("persistence", "ejb", "web");

  /**
   * A module's heading in the map ({@code ### `ejb/`}) and a feature's line under it ({@code -
   * `audit` …}).
   */
  private static final Pattern MODULE_HEADING = Pattern.compile("^### `([a-z-]+)/`\\s*$");

  private static final Pattern FEATURE_LINE = Pattern.compile("^- `([a-z]+)`");

  /**
   * The repository's root: Surefire runs the tests in the web module's folder, and says so in
   * basedir.
   */
  private static Path root() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
  }

  /** Per module, the packages {@code uk.contactpoint.<feature>} that hold a class. */
  private static Map<String, Set<String>> featuresInTheCode() throws IOException {
    Map<String, Set<String>> features = new TreeMap<>();
    for (String module : MODULES) {
      Path base = root().resolve(module).resolve("src/main/java/uk/contactpoint");
      Set<String> names = new TreeSet<>();
      try (Stream<Path> dirs = Files.list(base)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          try (Stream<Path> files = Files.walk(dir)) {
            if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
              names.add(dir.getFileName().toString());
            }
          }
        }
      }
      features.put(module, names);
    }
    return features;
  }

  /** Per module, the features README.md's module map lists under the module's heading. */
  private static Map<String, Set<String>> featuresInTheMap() throws IOException {
    List<String> lines = Files.readAllLines(root().resolve("README.md"));
    int start = lines.indexOf("## Module layout");
    assertTrue(start >= 0, "README.md has no \"## Module layout\" section");
    Map<String, Set<String>> features = new TreeMap<>();
    String module = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      Matcher heading = MODULE_HEADING.matcher(line);
      Matcher feature = FEATURE_LINE.matcher(line);
      if (heading.matches()) {
        module = heading.group(1);
        features.put(module, new TreeSet<>());
      } else if (line.startsWith("#")) {
        module = null;
      } else if (module != null && feature.find()) {
        features.get(module).add(feature.group(1));
      }
    }
    return features;
  }

  @Test
  void everyFeatureOfEveryModuleIsInTheModuleMap() throws IOException {
    Map<String, Set<String>> code = featuresInTheCode();
    Map<String, Set<String>> map = featuresInTheMap();
    assertTrue(code.get("ejb").size() >= 10, "found only " + code);
    List<String> missing = new ArrayList<>();
    code.forEach(
        (module, names) ->
            names.stream()
                .filter(name -> !map.getOrDefault(module, Set.of()).contains(name))
                .forEach(name -> missing.add(module + ": " + name)));
    assertEquals(
        List.of(), missing, "features in the code that README.md's module map does not name");
  }

  @Test
  void theModuleMapNamesOnlyFeaturesThatExist() throws IOException {
    Map<String, Set<String>> code = featuresInTheCode();
    Map<String, Set<String>> map = featuresInTheMap();
    assertEquals(Set.copyOf(MODULES), map.keySet(), "the module map's headings");
    List<String> unknown = new ArrayList<>();
    map.forEach(
        (module, names) ->
            names.stream()
                .filter(name -> !code.get(module).contains(name))
                .forEach(name -> unknown.add(module + ": " + name)));
    assertEquals(
        List.of(), unknown, "features README.md's module map names that the code does not have");
  }
}
