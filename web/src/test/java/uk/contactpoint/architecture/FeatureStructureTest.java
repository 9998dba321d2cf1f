package uk.contactpoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.contactpoint.access.control.ChildRecordView;
import uk.contactpoint.access.control.HomeView;
import uk.contactpoint.access.control.SearchRow;
import uk.contactpoint.access.control.VisibilityPolicy;

/**
 * The structure's rules over persistence, ejb and web together (DESIGN.md section 3): a test in one
 * module sees only that module, and a screen that built a record view, or an EJB that called a
 * screen, would pass there.
 */
class FeatureStructureTest {

  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.contactpoint");

  /** The web module's own classes: Surefire runs in its folder, where target/classes holds them. */
  private static final Set<String> WEB =
      new ClassFileImporter()
              .importPath(Path.of(System.getProperty("basedir", ".")).resolve("target/classes"))
              .stream()
              .map(JavaClass::getName)
              .collect(Collectors.toSet());

  private static final Pattern FEATURE = Pattern.compile("^uk\\.contactpoint\\.([a-z]+)(\\.|$)");

  /**
   * The order the features stand in, lowest first: a feature may use those below it, never one
   * above, so no chain of uses comes back to where it started. A new feature takes the place its
   * uses give it; a use that would go upward is cut by an interface owned by the lower feature (as
   * AuditActors, AuditedRecord, SearchedRecord) or by moving the class to the feature that uses it.
   */
  private static final List<String> ORDER =
      List.of(
          "shared",
          "schema",
          "audit",
          "section",
          "organisation",
          "accounts",
          "organisationregister",
          "child",
          "notification",
          "involvement",
          "shielding",
          "matching",
          "feeds",
          "dataquality",
          "access",
          "search",
          "auditreview",
          "lifecycle",
          "brokering",
          "subjectaccess",
          "corrections",
          "governance",
          "dashboard",
          "demo",
          "api");

  private static Optional<String> featureOf(JavaClass type) {
    Matcher feature = FEATURE.matcher(type.getPackageName());
    return feature.find() ? Optional.of(feature.group(1)) : Optional.empty();
  }

  @Test
  void everyFeatureHasItsPlaceInTheOrder() {
    Set<String> features =
        ALL.stream()
            .map(FeatureStructureTest::featureOf)
            .flatMap(Optional::stream)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(ORDER), features, "a new feature takes its place in ORDER");
  }

  @Test
  void featuresUseOnlyTheFeaturesBelowThem() {
    Set<String> upward = new TreeSet<>();
    for (JavaClass type : ALL) {
      Optional<String> from = featureOf(type);
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        Optional<String> to = featureOf(dependency.getTargetClass());
        if (from.isPresent()
            && to.isPresent()
            && ORDER.indexOf(to.get()) > ORDER.indexOf(from.get())) {
          upward.add(from.get() + " -> " + to.get());
        }
      }
    }
    assertEquals(Set.of(), upward, "uses that go upward in ORDER");
  }

  /** The same, as ArchUnit says it: no feature reaches, through others, back to itself. */
  @Test
  void theFeaturesAreFreeOfCycles() {
    slices().matching("uk.contactpoint.(*)..").should().beFreeOfCycles().check(ALL);
  }

  /**
   * Inside a feature, entity ← control ← boundary (DESIGN.md section 3): an entity knows no
   * service, a service no door.
   */
  @Test
  void entitiesUseNoControlOrBoundary() {
    noClasses()
        .that()
        .resideInAPackage("..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..control..", "..boundary..")
        .check(ALL);
  }

  @Test
  void controlsUseNoBoundary() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..boundary..")
        .check(ALL);
  }

  @Test
  void nothingBelowTheScreensUsesThem() {
    assertTrue(
        WEB.size() > 50 && ALL.stream().anyMatch(type -> !WEB.contains(type.getName())),
        "both sides imported: " + WEB.size());
    DescribedPredicate<JavaClass> web =
        DescribedPredicate.describe(
            "a class of the web module", type -> WEB.contains(type.getName()));
    noClasses().that(DescribedPredicate.not(web)).should().dependOnClassesThat(web).check(ALL);
  }

  /**
   * Shielding and sensitive services are enforced in one place: the visibility policy is the only
   * code, web included, that builds what a practitioner sees. A second builder of a record view, a
   * search row or a home page would be a second door.
   */
  @Test
  void theVisibilityPolicyAloneBuildsWhatAPractitionerSees() {
    List<String> views =
        List.of(
            ChildRecordView.class.getName(), SearchRow.class.getName(), HomeView.class.getName());
    DescribedPredicate<JavaConstructorCall> buildsAView =
        DescribedPredicate.describe(
            "a practitioner-facing view (record, search row, home page)",
            call ->
                views.stream().anyMatch(view -> call.getTargetOwner().getName().startsWith(view)));
    noClasses()
        .that()
        .doNotBelongToAnyOf(VisibilityPolicy.class)
        .and()
        .doNotBelongToAnyOf(ChildRecordView.class, SearchRow.class, HomeView.class)
        .should(ArchConditions.callConstructorWhere(buildsAView))
        .check(ALL);
  }
}
