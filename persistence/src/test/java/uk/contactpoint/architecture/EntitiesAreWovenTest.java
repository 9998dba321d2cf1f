package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.Test;

/**
 * The entities are woven when they are built (persistence/pom.xml) and persistence.xml tells
 * EclipseLink so (eclipselink.weaving=static). A build that skipped the weaver would still deploy
 * and pass every other test, only slower: this test is what notices.
 */
class EntitiesAreWovenTest {

  @Test
  void everyEntityTheBuildMadeIsWoven() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<String> entities;
    try (Stream<Path> files = Files.walk(classes)) {
      entities =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(
                  f ->
                      classes
                          .relativize(f)
                          .toString()
                          .replace('/', '.')
                          .replaceAll("\\.class$", ""))
              .filter(EntitiesAreWovenTest::isEntity)
              .toList();
    }
    assertTrue(entities.size() >= 30, "found only " + entities.size() + " entities");
    List<String> unwoven = entities.stream().filter(name -> !isWoven(name)).toList();
    assertEquals(List.of(), unwoven, "entities the build did not weave");
  }

  private static boolean isEntity(String name) {
    return load(name).isAnnotationPresent(Entity.class);
  }

  private static boolean isWoven(String name) {
    return PersistenceWeaved.class.isAssignableFrom(load(name));
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EntitiesAreWovenTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
