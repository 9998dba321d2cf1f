package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing personal in the log, by construction (DESIGN.md: log ids, not people): EclipseLink's
 * messages print an entity as {@code InsertObjectQuery(<its toString>)}, and a log line or an
 * exception message may print one too. So an entity's or embeddable's {@code toString} names its
 * class and at most its id: this test fills every other text and date field of every entity and
 * embeddable with a sentinel value and fails if {@code toString} shows one.
 */
class EntitiesNameOnlyTheirIdsTest {

  private static final String SENTINEL = "Sentinel Zebedee";
  private static final LocalDate SENTINEL_DATE = LocalDate.of(1901, 2, 3);

  private static List<Class<?>> persistentClasses() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type =
            Class.forName(name, false, EntitiesNameOnlyTheirIdsTest.class.getClassLoader());
        if (type.isAnnotationPresent(Entity.class)
            || type.isAnnotationPresent(Embeddable.class)
            || type.isAnnotationPresent(MappedSuperclass.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  @Test
  void noEntityOrEmbeddableShowsMoreThanItsIdInToString() throws Exception {
    List<Class<?>> types = persistentClasses();
    assertTrue(types.size() >= 30, "found only " + types.size() + " entities and embeddables");
    List<String> showing = new ArrayList<>();
    int tried = 0;
    for (Class<?> type : types) {
      if (Modifier.isAbstract(type.getModifiers())
          || type.getMethod("toString").getDeclaringClass() == Object.class) {
        continue; // Object's toString prints the class and a hash code: nothing personal.
      }
      Object instance = filled(type, 0);
      tried++;
      String text = String.valueOf(instance);
      if (text.contains(SENTINEL)
          || text.contains(SENTINEL_DATE.toString())
          || text.contains("1901")) {
        showing.add(type.getSimpleName() + ": " + text);
      }
    }
    assertEquals(
        List.of(),
        showing,
        "toString shows a field other than the id (" + tried + " classes declare a toString)");
  }

  /**
   * A sentinel-filled instance: every text and date field other than the id holds a sentinel value.
   */
  private static Object filled(Class<?> type, int depth) throws ReflectiveOperationException {
    Constructor<?> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)) {
          continue;
        }
        field.setAccessible(true);
        Class<?> fieldType = field.getType();
        if (fieldType == String.class) {
          field.set(instance, SENTINEL);
        } else if (fieldType == LocalDate.class) {
          field.set(instance, SENTINEL_DATE);
        } else if (depth < 2 && fieldType.isAnnotationPresent(Embeddable.class)) {
          field.set(instance, filled(fieldType, depth + 1));
        }
      }
    }
    return instance;
  }
}
