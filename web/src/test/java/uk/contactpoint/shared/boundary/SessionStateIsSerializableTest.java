package uk.contactpoint.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR is distributable (web.xml): a session, with the screens' view-scoped beans in it, is
 * replicated to the other nodes and carried on there when its node goes. So every bean of session,
 * view or conversation scope must serialize — its own fields and everything they hold — and its
 * injected references must not be transient: the container's proxies serialize, and a transient one
 * comes back null on the other node.
 */
class SessionStateIsSerializableTest {

  @Test
  void everySessionHeldBeanSerializesWithWhatItHolds() throws IOException {
    List<Class<?>> beans = sessionHeldBeans();
    assertFalse(beans.isEmpty(), "no view- or session-scoped beans found under target/classes");
    List<String> problems = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, seen);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noInjectedReferenceOfASessionHeldBeanIsTransient() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : sessionHeldBeans()) {
      for (Field field : bean.getDeclaredFields()) {
        boolean injected =
            field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class);
        if (injected && Modifier.isTransient(field.getModifiers())) {
          problems.add(bean.getSimpleName() + "." + field.getName());
        }
      }
    }
    assertEquals(
        List.of(),
        problems,
        "transient injected fields are null after the session moves to another node");
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
    if (type.isPrimitive() || type.isEnum() || !seen.add(type)) {
      return;
    }
    if (type.isArray()) {
      check(type.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (type.isInterface()
        && (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type))) {
      return; // the element types are checked from the field's generic type
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (type.getName().startsWith("java.")) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        boolean injected =
            field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class);
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected) {
          continue;
        }
        for (Class<?> held : classesOf(field.getGenericType())) {
          check(held, path + "." + field.getName(), problems, seen);
        }
      }
    }
  }

  /**
   * The class of a field's type and of every type argument in it (List<Row> gives List and Row).
   */
  private static List<Class<?>> classesOf(Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class<?> c) {
      classes.add(c);
    } else if (type instanceof ParameterizedType p) {
      classes.addAll(classesOf(p.getRawType()));
      for (Type argument : p.getActualTypeArguments()) {
        classes.addAll(classesOf(argument));
      }
    } else if (type instanceof GenericArrayType a) {
      classes.addAll(classesOf(a.getGenericComponentType()));
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        classes.addAll(classesOf(bound));
      }
    }
    classes.removeIf(c -> c == Object.class);
    return classes;
  }

  private static List<Class<?>> sessionHeldBeans() throws IOException {
    Path classes = Path.of("target/classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, SessionStateIsSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)
            || type.isAnnotationPresent(ConversationScoped.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }
}
