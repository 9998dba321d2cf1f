package uk.contactpoint.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Consumer;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Kelly's story from the ContactPoint leaflet, dated relative to the load day: Kelly (15), her mum
 * (ill) and three younger brothers and sisters; Jane, learning mentor at Kelly's school; Paul, the
 * social worker who stopped four months ago; Tim, the housing officer worried about the rent; a
 * school nurse whose involvement ended over a year ago (so practitioners no longer see it); and
 * Libby of the young carers' group, not yet involved.
 */
final class KellysStory {

  static final String FAMILY = "Mason";
  static final String SCHOOL_SYSTEM = "EDU-KELLYS-SCHOOL";

  record Cast(
      Child kelly, Practitioner jane, Practitioner paul, Practitioner tim, Practitioner libby) {}

  private KellysStory() {}

  static Cast tell(
      DemoSection leeds, Random random, LocalDate today, Instant now, Consumer<Object> store) {
    Provenance provenance = new Provenance(DemoDataset.SOURCE, now);
    Organisation school = leeds.secondarySchools.get(1);
    Organisation surgery = leeds.surgeries.get(0);
    Practitioner jane = leeds.named(school, "Jane Carter", "Learning mentor", random, store);
    Practitioner paul =
        leeds.named(
            leeds.services.get(DemoSection.Service.SOCIAL_CARE),
            "Paul Hughes",
            "Social worker",
            random,
            store);
    Practitioner tim =
        leeds.named(
            leeds.services.get(DemoSection.Service.HOUSING),
            "Tim Walker",
            "Housing officer",
            random,
            store);
    Practitioner libby =
        leeds.named(
            leeds.services.get(DemoSection.Service.YOUNG_CARERS),
            "Libby Shaw",
            "Young carers support worker",
            random,
            store);
    Practitioner nurse =
        leeds.named(
            leeds.services.get(DemoSection.Service.SCHOOL_NURSING),
            "Ruth Bennett",
            "School nurse",
            random,
            store);

    Address home =
        Address.at(
            java.util.List.of("14 Elmwood Terrace"),
            "Morley",
            Postcode.of("LS27 9QT"),
            AddressStatus.CURRENT);
    LocalDate kellysBirthday = today.minusYears(15).minusDays(90);
    Child kelly = member(leeds, "Kelly", Gender.FEMALE, kellysBirthday, home, provenance, random);
    kelly.registerAtSchool(school, LocalDate.of(kellysBirthday.getYear() + 11, 9, 1), provenance);
    // The school's own pupil system numbers Kelly; only the school's staff (Jane) see that number.
    school.runsSourceSystem(SCHOOL_SYSTEM);
    kelly.recordSourceId("MHS-0471", new Provenance(SCHOOL_SYSTEM, now));
    Child[] younger = {
      member(
          leeds,
          "Jack",
          Gender.MALE,
          today.minusYears(12).minusDays(200),
          home,
          provenance,
          random),
      member(
          leeds,
          "Lily",
          Gender.FEMALE,
          today.minusYears(9).minusDays(30),
          home,
          provenance,
          random),
      member(
          leeds, "Noah", Gender.MALE, today.minusYears(6).minusDays(150), home, provenance, random)
    };
    for (Child sibling : younger) {
      sibling.registerAtSchool(
          leeds.primarySchools.get(2),
          LocalDate.of(sibling.birthDate().getYear() + 4, 9, 1),
          provenance);
    }
    for (Child child : concat(kelly, younger)) {
      child.registerWithGp(surgery, provenance);
      child.addParentCarer(
          "Donna Mason",
          Relationship.MOTHER,
          new ContactDetails("07700 900461", null),
          home,
          provenance);
      store.accept(child);
      // Tim works with the whole household about the rent.
      store.accept(
          new Involvement(
              child, tim.organisation(), tim, "Housing officer", today.minusMonths(2), provenance));
    }

    store.accept(
        new Involvement(kelly, school, jane, "Learning mentor", today.minusMonths(8), provenance));
    Involvement pauls =
        new Involvement(
            kelly, paul.organisation(), paul, "Social worker", today.minusMonths(14), provenance);
    pauls.endOn(today.minusMonths(4), provenance);
    store.accept(pauls);
    Involvement nurses =
        new Involvement(
            kelly, nurse.organisation(), nurse, "School nurse", today.minusMonths(30), provenance);
    nurses.endOn(today.minusMonths(13), provenance);
    store.accept(nurses);
    return new Cast(kelly, jane, paul, tim, libby);
  }

  private static Child member(
      DemoSection leeds,
      String given,
      Gender gender,
      LocalDate born,
      Address home,
      Provenance provenance,
      Random random) {
    Child child =
        new Child(
            DemoDataset.publicId(random),
            leeds.section,
            new PersonName(given, FAMILY),
            born,
            gender,
            home,
            provenance);
    child.recordNhsNumber(DemoDataset.nhsNumber(random), provenance);
    return child;
  }

  private static Child[] concat(Child first, Child[] rest) {
    Child[] all = new Child[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
