package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deny by default (DESIGN.md rule 1): every public method of every EJB names who may call it, on
 * the method or on its class. A new boundary without roles fails this test.
 */
class EveryBoundaryDeclaresItsRolesTest {

  private static List<Class<?>> enterpriseBeans() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
              .toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name);
        if (type.isAnnotationPresent(Stateless.class)
            || type.isAnnotationPresent(Singleton.class)
            || type.isAnnotationPresent(Stateful.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  private static boolean declaresRoles(java.lang.reflect.AnnotatedElement element) {
    return element.isAnnotationPresent(RolesAllowed.class)
        || element.isAnnotationPresent(PermitAll.class)
        || element.isAnnotationPresent(DenyAll.class);
  }

  @Test
  void everyPublicMethodOfEveryEjbNamesItsRoles() throws Exception {
    List<Class<?>> beans = enterpriseBeans();
    assertTrue(beans.size() >= 6, "found only " + beans);
    List<String> undeclared = new ArrayList<>();
    for (Class<?> bean : beans) {
      for (Method method : bean.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !method.isSynthetic()
            && !declaresRoles(method)
            && !declaresRoles(bean)) {
          undeclared.add(bean.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), undeclared);
  }

  @Test
  void theOpenDoorsAreOnlyTheOnesThatMustBeOpen() throws Exception {
    List<String> open = new ArrayList<>();
    for (Class<?> bean : enterpriseBeans()) {
      if (bean.isAnnotationPresent(PermitAll.class)) {
        open.add(bean.getSimpleName());
      }
      for (Method method : bean.getDeclaredMethods()) {
        if (method.isAnnotationPresent(PermitAll.class)) {
          open.add(bean.getSimpleName() + "." + method.getName());
        }
      }
    }
    open.sort(String::compareTo);
    // Login and activation happen before any identity exists; start-up beans and timers run as no
    // one;
    // everyone's acts are audited (AuditTrail, AuditChains), a logout may come after the identity
    // has gone;
    // feed batches are applied on the executor, resumed at start-up with no caller (FeedDispatcher,
    // FeedWorker:
    // no view outside the EJB module, the API reaches them only through Feeds, which names
    // SOURCE_SYSTEM).
    assertEquals(
        List.of(
            "AccountHousekeeping",
            "Activation",
            "AdminBootstrap",
            "AlertScan",
            "AuditChains",
            "AuditKeyAdoption",
            "AuditMaintenance",
            "AuditTrail",
            "Authenticator",
            "DailyDigest",
            "DemoLoader",
            "FeedDispatcher",
            "FeedWorker",
            "LoginHashing",
            "RecordLifecycle",
            "RecordPurger",
            "SchemaMigration",
            "SessionEnd"),
        open);
  }
}
