package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deny by default (DESIGN.md rule 1): every public method of every EJB names who may call it, on
 * the method or on its class. A new boundary without roles fails this test.
 */
class EveryBoundaryDeclaresItsRolesTest {

  /** The EJBs of this module, as ArchUnit finds them among its compiled classes. */
  private static List<Class<?>> enterpriseBeans() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.contactpoint")
            .stream()
            .filter(
                type ->
                    type.isAnnotatedWith(Stateless.class)
                        || type.isAnnotatedWith(Singleton.class)
                        || type.isAnnotatedWith(Stateful.class))
            .<Class<?>>map(JavaClass::reflect)
            .toList();
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
    // FeedBatchQueue, FeedWorker:
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
            "FeedBatchQueue",
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
