package uk.contactpoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.access.boundary.ChildRecordView;
import uk.contactpoint.access.boundary.HomeView;
import uk.contactpoint.access.control.VisibilityPolicy;
import uk.contactpoint.search.boundary.SearchRow;

/**
 * Shielding and sensitive services are enforced in one place (DESIGN.md section 3): the
 * visibility policy is the only code that builds what a practitioner sees. A second builder of
 * a record view or a search row would be a second door, and this test fails.
 */
class OnlyTheVisibilityPolicyBuildsViewsTest {

  private static final List<String> VIEWS = List.of(ChildRecordView.class.getName(), SearchRow.class.getName(), HomeView.class.getName());

  @Test
  void noOtherClassConstructsAPractitionerFacingView() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.contactpoint");
    DescribedPredicate<JavaConstructorCall> buildsAView = DescribedPredicate.describe(
        "a practitioner-facing view (record, search row, home page)",
        call -> VIEWS.stream().anyMatch(view -> call.getTargetOwner().getName().startsWith(view)));
    noClasses()
        .that().doNotBelongToAnyOf(VisibilityPolicy.class)
        .and().doNotBelongToAnyOf(ChildRecordView.class, SearchRow.class, HomeView.class)
        .should(ArchConditions.callConstructorWhere(buildsAView))
        .check(classes);
  }
}
