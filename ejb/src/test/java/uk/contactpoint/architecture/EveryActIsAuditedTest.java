package uk.contactpoint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.contactpoint.audit.control.Audited;

/**
 * DESIGN.md rule 4: every boundary method is an audited act, unless it is named below with the
 * reason it needs no event. A new boundary method without {@code @Audited} fails this test.
 */
class EveryActIsAuditedTest {

  /**
   * Methods that read nothing about a child beyond what the caller already holds, or write their
   * own events.
   */
  private static final Set<String> NOT_AN_ACT =
      Set.of(
          "RecordAccess.reasons", // the fixed list of reasons
          "MyChildren.home", // the caller's own children and notices; opening one is audited
          "MyAccount.reminders", // the caller's own reminders
          "MyAccount.hasOverrideRight",
          "MyAccount.worksForSensitiveService",
          "MyAccount.ownDetails", // the caller's own contact details; a change is audited
          "MyAccount.fullName", // the caller's own name, for the header
          "Sections.list", // local authorities and counts, no personal data; registering is audited
          "AuditKeyAdoption.sealChains", // at start: each seal is an entry of the trail itself
          "DailyDigest.sendUpTo", // the morning job: counts to those who asked, naming no child
          "Authenticator.admitted", // the per-request check of a session, not an act
          "AccountAdministration.list", // staff accounts of the administrator's section; every
          // change is audited
          "AccountAdministration.get",
          "Organisations.accredited",
          "OrganisationRegister.list", // organisations, no personal data; every change is audited
          "SourceKeys.list", // sources and key dates of the caller's section, never a key
          "SourceKeys.sources",
          "Authenticator.sourcePrincipalFor", // a feed's key on each request; the feed's acts are
          // audited
          "Investigations.openAlerts", // the reviewer's own work lists (ids and counts only)
          "Investigations.investigations",
          "AuditVerification.writeTimings",
          "Shields.reviewsDue", // the shielding duty's own work lists
          "Shields.pendingRequests",
          "OverrideRights.holders", // the duty reviews its own section's holders and proposals
          "OverrideRights.pendingProposals",
          "Dashboard.figures", // counts only; the list behind each is audited
          "Dashboard.sources", // counts per source only; the records behind each are audited
          "Dashboard.trends", // weekly counts, naming no one
          "Feeds.report", // a source reads what became of its own batch
          "Transfers.transfers",
          "InaccuracyQueue.inaccuracies",
          "Merges.merges",
          "Links.recent", // the duty's own list of links; each undo is audited
          "SourceTrials.sources", // counts per source, no personal data
          "ContactRequests.mine", // the requester's own requests
          "Brokering.queue", // the brokering duty's own queue
          "AccountHousekeeping.disableDormantAccounts", // writes an event per account itself
          "AlertScan.scan", // raises alerts, which reviewers then handle with audited acts
          "RecordLifecycle.runOnce", // the nightly job: each archive writes its own event
          "RecordLifecycle.run",
          "RecordLifecycle.runForSection",
          "RecordLifecycle.archiveDue",
          "RecordLifecycle.takeLock",
          "RecordLifecycle.runOnceForSection",
          "SubjectAccess.register", // the section's register: who asked and when; exports are
          // audited
          "Corrections.register", // the section's register; each step is audited
          "AuditMaintenance.ensurePartitions", // schema upkeep, no personal data
          "AuditMaintenance.removeEntriesBefore", // writes its own event
          "SchemaMigration.vendor");

  /**
   * The EJBs of this module, in boundary packages, as ArchUnit finds them among its compiled
   * classes.
   */
  private static List<Class<?>> boundaries() {
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
            .filter(type -> type.getPackageName().endsWith(".boundary"))
            .<Class<?>>map(JavaClass::reflect)
            .toList();
  }

  @Test
  void everyBoundaryMethodIsAnAuditedActOrSaysWhyNot() throws Exception {
    List<String> unaudited = new ArrayList<>();
    for (Class<?> bean : boundaries()) {
      for (Method method : bean.getDeclaredMethods()) {
        String name = bean.getSimpleName() + "." + method.getName();
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && !method.isSynthetic()
            && !method.isAnnotationPresent(Audited.class)
            && !NOT_AN_ACT.contains(name)) {
          unaudited.add(name);
        }
      }
    }
    unaudited.sort(String::compareTo);
    assertEquals(List.of(), unaudited);
  }

  @Test
  void theExceptionsNameMethodsThatExist() throws Exception {
    Set<String> methods = new java.util.HashSet<>();
    for (Class<?> bean : boundaries()) {
      for (Method method : bean.getDeclaredMethods()) {
        methods.add(bean.getSimpleName() + "." + method.getName());
      }
    }
    assertEquals(
        List.of(), NOT_AN_ACT.stream().filter(name -> !methods.contains(name)).sorted().toList());
  }
}
