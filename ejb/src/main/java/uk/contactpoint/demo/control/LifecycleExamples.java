package uk.contactpoint.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import uk.contactpoint.child.entity.ArchiveReason;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.lifecycle.entity.RecordExtension;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Leeds records that show the lifecycle rules (rule 8) in the demo: Jordan turns 18 in ten days
 * (and will be archived that night); Skye is 18 and kept by an extension as a care leaver, with her
 * foster carer only; Morgan was archived at 18 three months ago (the Leeds team can still open the
 * record, practitioners cannot); Riley was archived almost six years ago and will be deleted for
 * good in two weeks. Made from a generator of their own, after everything else.
 */
final class LifecycleExamples {

  static final int COUNT = 4;

  private LifecycleExamples() {}

  static void add(DemoSection leeds, LocalDate today, Instant now, Consumer<Object> store) {
    Random random = new Random(DemoDataset.SEED + 2);
    Provenance provenance = new Provenance(DemoDataset.SOURCE, now);
    Child jordan =
        child(
            leeds,
            "Jordan",
            "Ashworth",
            today.minusYears(18).plusDays(10),
            Gender.MALE,
            random,
            provenance);
    jordan.addParentCarer(
        "Karen Ashworth",
        Relationship.MOTHER,
        new ContactDetails("07700 900521", null),
        jordan.address(),
        provenance);
    store.accept(jordan);

    Child skye =
        child(
            leeds,
            "Skye",
            "Pennington",
            today.minusYears(18).minusMonths(2),
            Gender.FEMALE,
            random,
            provenance);
    skye.addParentCarer(
        "Ruth Okoro",
        Relationship.FOSTER_CARER,
        new ContactDetails("07700 900522", null),
        skye.address(),
        provenance);
    store.accept(skye);
    store.accept(
        new RecordExtension(
            skye,
            RecordExtension.Category.CARE_LEAVER,
            "Skye asked to stay on ContactPoint while she leaves care (demo)",
            skye.birthDate().plusYears(21),
            "manager",
            today.minusMonths(3)));

    Child morgan =
        child(
            leeds,
            "Morgan",
            "Hale",
            today.minusYears(18).minusMonths(3),
            Gender.NOT_SPECIFIED,
            random,
            provenance);
    morgan.addParentCarer(
        "Sam Hale",
        Relationship.GUARDIAN,
        new ContactDetails("07700 900523", null),
        morgan.address(),
        provenance);
    morgan.archive(today.minusMonths(3), ArchiveReason.AGE_18);
    store.accept(morgan);

    Child riley =
        child(
            leeds,
            "Riley",
            "Thornbury",
            today.minusYears(24).plusDays(14),
            Gender.MALE,
            random,
            provenance);
    riley.addParentCarer(
        "Pat Thornbury",
        Relationship.CARER,
        new ContactDetails("07700 900524", null),
        riley.address(),
        provenance);
    riley.archive(today.minusYears(6).plusDays(14), ArchiveReason.AGE_18);
    store.accept(riley);
  }

  private static Child child(
      DemoSection leeds,
      String given,
      String family,
      LocalDate born,
      Gender gender,
      Random random,
      Provenance provenance) {
    Child child =
        new Child(
            DemoDataset.publicId(random),
            leeds.section,
            new PersonName(given, family),
            born,
            gender,
            leeds.place.randomAddress(random),
            provenance);
    child.recordNhsNumber(DemoDataset.nhsNumber(random), provenance);
    child.registerWithGp(leeds.surgeries.get(random.nextInt(leeds.surgeries.size())), provenance);
    return child;
  }

  static List<String> names() {
    return List.of("Jordan Ashworth", "Skye Pennington", "Morgan Hale", "Riley Thornbury");
  }
}
