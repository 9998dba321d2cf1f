package uk.contactpoint.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.involvement.entity.ConsentBasis;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shielding.entity.Shield;
import uk.contactpoint.shielding.entity.ShieldCriterion;

/**
 * Two Leeds children the rules of DESIGN.md 5 and 6 protect, so that anyone trying the demo sees
 * them work: Grace, shielded (her family is in a refuge), and Leo, seen by a sexual health service
 * with his consent. Tim, the demo housing officer, works with both, so they are on his "my
 * children". Every value a practitioner must never see is a {@link Sentinels sentinel}: unique in
 * the demo data, so the browser leak sweep can look for it in every page's bytes.
 *
 * <p>They are made after the households, from a generator of their own, so the households of the
 * fixed seed stay as they were.
 */
public final class ProtectedChildren {

  public static final int COUNT = 2;

  /** Values shown only to the Leeds management team; nowhere else in the demo data. */
  public static final class Sentinels {
    public static final String STREET = "7 Larkspur Refuge Close";
    public static final String POSTCODE = "LS16 7RF";
    public static final String CARER_PHONE = "0113 496 0777";
    public static final String WORKER = "Olwen Marchbank";
    public static final String SENSITIVE_SERVICE = "Beacon Sexual Health Clinic";
    public static final String CLINICIAN = "Imogen Frey";

    private Sentinels() {}

    public static List<String> all() {
      return List.of(STREET, POSTCODE, CARER_PHONE, WORKER, SENSITIVE_SERVICE, CLINICIAN);
    }
  }

  public static final String SHIELDED_GIVEN = "Grace";
  public static final String SHIELDED_FAMILY = "Holloway";
  public static final String SENSITIVE_GIVEN = "Leo";
  public static final String SENSITIVE_FAMILY = "Whitfield";

  private ProtectedChildren() {}

  public static LocalDate shieldedChildsBirthDate(LocalDate loadDay) {
    return loadDay.minusYears(9).minusDays(40);
  }

  static void add(
      DemoSection leeds,
      KellysStory.Cast cast,
      LocalDate today,
      Instant now,
      Consumer<Object> store) {
    Random random = new Random(DemoDataset.SEED + 1);
    Provenance provenance = new Provenance(DemoDataset.SOURCE, now);
    Practitioner tim = cast.tim();

    Address refuge =
        Address.at(
            List.of(Sentinels.STREET),
            "Leeds",
            Postcode.of(Sentinels.POSTCODE),
            AddressStatus.CURRENT);
    Child grace =
        new Child(
            DemoDataset.publicId(random),
            leeds.section,
            new PersonName(SHIELDED_GIVEN, SHIELDED_FAMILY),
            shieldedChildsBirthDate(today),
            Gender.FEMALE,
            refuge,
            provenance);
    grace.recordNhsNumber(DemoDataset.nhsNumber(random), provenance);
    grace.registerAtSchool(
        leeds.primarySchools.get(5), LocalDate.of(today.getYear() - 5, 9, 1), provenance);
    grace.registerWithGp(leeds.surgeries.get(3), provenance);
    grace.addParentCarer(
        "Claire " + SHIELDED_FAMILY,
        Relationship.MOTHER,
        new ContactDetails(Sentinels.CARER_PHONE, null),
        refuge,
        provenance);
    store.accept(grace);
    Practitioner worker =
        leeds.named(
            leeds.services.get(DemoSection.Service.SOCIAL_CARE),
            Sentinels.WORKER,
            "Social worker",
            random,
            store);
    store.accept(
        new Involvement(
            grace,
            worker.organisation(),
            worker,
            "Social worker",
            today.minusMonths(3),
            provenance));
    store.accept(
        new Involvement(
            grace, tim.organisation(), tim, "Housing officer", today.minusMonths(5), provenance));
    store.accept(
        Shield.apply(
            grace,
            ShieldCriterion.REFUGE,
            "The family is in a refuge (demo)",
            today.plusMonths(5),
            "manager",
            now,
            today.minusMonths(1)));

    Address home = leeds.place.randomAddress(random);
    Child leo =
        new Child(
            DemoDataset.publicId(random),
            leeds.section,
            new PersonName(SENSITIVE_GIVEN, SENSITIVE_FAMILY),
            today.minusYears(15).minusDays(200),
            Gender.MALE,
            home,
            provenance);
    leo.recordNhsNumber(DemoDataset.nhsNumber(random), provenance);
    leo.registerAtSchool(
        leeds.secondarySchools.get(3), LocalDate.of(today.getYear() - 4, 9, 1), provenance);
    leo.registerWithGp(leeds.surgeries.get(4), provenance);
    leo.addParentCarer(
        "Mark " + SENSITIVE_FAMILY,
        Relationship.FATHER,
        new ContactDetails("07700 900316", null),
        home,
        provenance);
    store.accept(leo);
    Organisation clinic =
        new Organisation(
            null,
            Sentinels.SENSITIVE_SERVICE,
            OrganisationType.HEALTH_SERVICE,
            SensitiveCategory.SEXUAL_HEALTH,
            new ContactDetails("0113 496 0888", null),
            "Leeds",
            leeds.section);
    store.accept(clinic);
    Practitioner clinician =
        leeds.named(clinic, Sentinels.CLINICIAN, "Sexual health nurse", random, store);
    Involvement seen =
        new Involvement(
            leo, clinic, clinician, "Sexual health nurse", today.minusMonths(2), provenance);
    seen.recordConsent(
        ConsentBasis.YOUNG_PERSON, "Leo understood and agreed (demo)", today.minusMonths(2));
    store.accept(seen);
    store.accept(
        new Involvement(
            leo, tim.organisation(), tim, "Housing officer", today.minusMonths(6), provenance));
  }
}
