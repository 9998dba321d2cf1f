package uk.contactpoint.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Synthetic households: one or two parents or carers and one to four children at one address, each
 * child with a school for their age, a GP surgery, an NHS number and, for some, services involved
 * (some of those ended).
 */
final class DemoFamilies {

  static final String SOURCE = DemoDataset.SOURCE;

  private final Random random;
  private final LocalDate today;
  private final Provenance provenance;
  private final Consumer<Object> store;

  DemoFamilies(Random random, LocalDate today, Instant now, Consumer<Object> store) {
    this.random = random;
    this.today = today;
    this.provenance = new Provenance(SOURCE, now);
    this.store = store;
  }

  /** Adds households to the section until it holds {@code children} children; returns the count. */
  int populate(DemoSection section, int children) {
    int made = 0;
    while (made < children) {
      made += household(section, Math.min(children - made, 1 + random.nextInt(4)));
    }
    return made;
  }

  private int household(DemoSection section, int size) {
    String family = DemoNames.pick(DemoNames.FAMILY, random);
    Address home = section.place.randomAddress(random);
    String mother = DemoNames.uniform(DemoNames.ADULT_GIVEN.subList(0, 20), random) + " " + family;
    String father =
        random.nextInt(10) < 6
            ? DemoNames.uniform(DemoNames.ADULT_GIVEN.subList(20, 30), random) + " " + family
            : null;
    int age = random.nextInt(18);
    for (int i = 0; i < size; i++) {
      Child child = child(section, family, home, Math.max(age, 0));
      child.addParentCarer(mother, Relationship.MOTHER, phone(), home, provenance);
      if (father != null) {
        child.addParentCarer(father, Relationship.FATHER, phone(), home, provenance);
      }
      store.accept(child);
      involve(section, child);
      age -= 1 + random.nextInt(4);
    }
    return size;
  }

  private Child child(DemoSection section, String family, Address home, int age) {
    int draw = random.nextInt(100);
    Gender gender = draw < 49 ? Gender.FEMALE : draw < 99 ? Gender.MALE : Gender.NOT_SPECIFIED;
    String given =
        DemoNames.pick(gender == Gender.FEMALE ? DemoNames.GIRLS : DemoNames.BOYS, random);
    LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
    Child child =
        new Child(
            DemoDataset.publicId(random),
            section.section,
            new PersonName(given, family),
            born,
            gender,
            home,
            provenance);
    child.recordNhsNumber(DemoDataset.nhsNumber(random), provenance);
    int years = child.ageOn(today);
    if (years >= 4) {
      var school = years <= 10 ? section.randomPrimary(random) : section.randomSecondary(random);
      LocalDate september = LocalDate.of(born.getYear() + (years <= 10 ? 4 : 11), 9, 1);
      child.registerAtSchool(school, september.isAfter(today) ? today : september, provenance);
    }
    child.registerWithGp(section.randomSurgery(random), provenance);
    return child;
  }

  private void involve(DemoSection section, Child child) {
    if (random.nextInt(100) >= 15) {
      return;
    }
    var services = List.of(DemoSection.Service.values());
    DemoSection.Service service = services.get(random.nextInt(services.size()));
    List<Practitioner> staff = section.practitioners.get(service);
    Practitioner practitioner = staff.get(random.nextInt(staff.size()));
    LocalDate start = latest(child.birthDate(), today.minusDays(random.nextInt(3 * 365)));
    Involvement involvement =
        new Involvement(
            child, practitioner.organisation(), practitioner, service.jobTitle, start, provenance);
    if (practitioner.organisation().isSensitive()) {
      // Rule 6: a sensitive service is held only on a recorded basis, in the demo too.
      involvement.recordConsent(
          uk.contactpoint.involvement.entity.ConsentBasis.YOUNG_PERSON,
          "The young person agreed and understood what ContactPoint shows (demo)",
          start);
    }
    if (random.nextInt(10) < 3) {
      long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
      involvement.endOn(start.plusDays(days == 0 ? 0 : random.nextLong(days)), provenance);
    } else if (random.nextInt(10) == 0) {
      child.recordCafHeldBy(practitioner, provenance);
    }
    store.accept(involvement);
  }

  private static LocalDate latest(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }

  private ContactDetails phone() {
    return new ContactDetails("07700 9" + (10000 + random.nextInt(89999)), null);
  }
}
