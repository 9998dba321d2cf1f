package uk.contactpoint.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;

/**
 * One demo section with its universal services (schools, GP surgeries) and the services whose
 * practitioners become involved with children.
 */
final class DemoSection {

  /** The services of every demo section, with the job title of their practitioners. */
  enum Service {
    SOCIAL_CARE(
        "Children's Social Care",
        OrganisationType.LOCAL_AUTHORITY_SERVICE,
        SensitiveCategory.NONE,
        "Social worker"),
    HOUSING(
        "Housing Services", OrganisationType.HOUSING, SensitiveCategory.NONE, "Housing officer"),
    YOUNG_CARERS(
        "Young Carers",
        OrganisationType.VOLUNTARY_GROUP,
        SensitiveCategory.NONE,
        "Young carers support worker"),
    SCHOOL_NURSING(
        "School Nursing Service",
        OrganisationType.HEALTH_SERVICE,
        SensitiveCategory.NONE,
        "School nurse"),
    YOUTH_SERVICE(
        "Youth Service",
        OrganisationType.LOCAL_AUTHORITY_SERVICE,
        SensitiveCategory.NONE,
        "Youth worker"),
    CAMHS(
        "Child and Adolescent Mental Health Service",
        OrganisationType.HEALTH_SERVICE,
        SensitiveCategory.MENTAL_HEALTH,
        "Mental health practitioner");

    final String name;
    final OrganisationType type;
    final SensitiveCategory sensitive;
    final String jobTitle;

    Service(String name, OrganisationType type, SensitiveCategory sensitive, String jobTitle) {
      this.name = name;
      this.type = type;
      this.sensitive = sensitive;
      this.jobTitle = jobTitle;
    }
  }

  private static final List<String> PRIMARY_NAMES =
      List.of(
          "St Mary's",
          "Oakwood",
          "Meadowside",
          "Brookside",
          "Hillside",
          "Westfield",
          "Parkside",
          "Riverside",
          "Greenhill",
          "Ashfield",
          "Beechwood",
          "Holy Trinity");
  private static final List<String> SECONDARY_KINDS =
      List.of(
          "High School",
          "Academy",
          "College",
          "Community School",
          "Grammar School",
          "Girls' School");
  private static final List<String> SURGERY_NAMES =
      List.of(
          "Station Road",
          "Park View",
          "The Grange",
          "Church Lane",
          "Moorside",
          "Valley",
          "Oakleigh",
          "Market Square");

  final DemoPlace place;
  final LocalAuthoritySection section;
  final List<Organisation> primarySchools = new ArrayList<>();
  final List<Organisation> secondarySchools = new ArrayList<>();
  final List<Organisation> surgeries = new ArrayList<>();
  final Map<Service, Organisation> services = new java.util.EnumMap<>(Service.class);
  final Map<Service, List<Practitioner>> practitioners = new java.util.EnumMap<>(Service.class);
  final Map<Organisation, Practitioner> learningMentors = new java.util.HashMap<>();

  DemoSection(DemoPlace place, Random random, Consumer<Object> store) {
    this.place = place;
    this.section = new LocalAuthoritySection(place.code(), place.name());
    store.accept(section);
    for (int i = 0; i < PRIMARY_NAMES.size(); i++) {
      primarySchools.add(
          organisation(
              PRIMARY_NAMES.get(i) + " Primary School",
              urn(random),
              OrganisationType.SCHOOL,
              SensitiveCategory.NONE,
              random,
              store));
    }
    for (int i = 0; i < SECONDARY_KINDS.size(); i++) {
      String town = place.towns().get(i % place.towns().size());
      Organisation school =
          organisation(
              town + " " + SECONDARY_KINDS.get(i),
              urn(random),
              OrganisationType.SCHOOL,
              SensitiveCategory.NONE,
              random,
              store);
      secondarySchools.add(school);
      learningMentors.put(school, practitioner(school, "Learning mentor", random, store));
    }
    for (int i = 0; i < 8; i++) {
      surgeries.add(
          organisation(
              SURGERY_NAMES.get(i) + " Medical Practice",
              "Y" + (10000 + random.nextInt(89999)),
              OrganisationType.GP_SURGERY,
              SensitiveCategory.NONE,
              random,
              store));
    }
    for (Service service : Service.values()) {
      Organisation organisation =
          organisation(
              place.name() + " " + service.name,
              null,
              service.type,
              service.sensitive,
              random,
              store);
      services.put(service, organisation);
      List<Practitioner> staff = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        staff.add(practitioner(organisation, service.jobTitle, random, store));
      }
      practitioners.put(service, staff);
    }
  }

  private static String urn(Random random) {
    return String.valueOf(100000 + random.nextInt(899999));
  }

  private Organisation organisation(
      String name,
      String code,
      OrganisationType type,
      SensitiveCategory sensitive,
      Random random,
      Consumer<Object> store) {
    String phone =
        "0"
            + (113 + random.nextInt(800))
            + " "
            + (100 + random.nextInt(899))
            + " "
            + (1000 + random.nextInt(8999));
    Organisation organisation =
        new Organisation(
            code,
            name,
            type,
            sensitive,
            new ContactDetails(phone, null),
            place.towns().get(random.nextInt(place.towns().size())),
            section);
    store.accept(organisation);
    return organisation;
  }

  private Practitioner practitioner(
      Organisation organisation, String jobTitle, Random random, Consumer<Object> store) {
    String given = DemoNames.uniform(DemoNames.ADULT_GIVEN, random);
    String family = DemoNames.uniform(DemoNames.FAMILY, random);
    return named(organisation, given + " " + family, jobTitle, random, store);
  }

  Practitioner named(
      Organisation organisation,
      String fullName,
      String jobTitle,
      Random random,
      Consumer<Object> store) {
    String email =
        fullName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.')
            + "@"
            + place.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
            + ".example.org";
    String phone = "07700 9" + (10000 + random.nextInt(89999));
    Practitioner practitioner =
        new Practitioner(fullName, jobTitle, organisation, new ContactDetails(phone, email));
    store.accept(practitioner);
    return practitioner;
  }

  Organisation randomPrimary(Random random) {
    return primarySchools.get(random.nextInt(primarySchools.size()));
  }

  Organisation randomSecondary(Random random) {
    return secondarySchools.get(random.nextInt(secondarySchools.size()));
  }

  Organisation randomSurgery(Random random) {
    return surgeries.get(random.nextInt(surgeries.size()));
  }
}
