package uk.contactpoint.bench.england;

import java.lang.reflect.Field;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import uk.contactpoint.bench.england.Places.Place;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ChildIdentifier;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.IntendsToReturn;
import uk.contactpoint.child.entity.NhsNumber;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.child.entity.PastAddress;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.involvement.entity.ConsentBasis;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.child.entity.SearchKey;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.InstantConverter;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shielding.entity.Shield;
import uk.contactpoint.shielding.entity.ShieldCriterion;

/**
 * Builds England's children household by household with the production entities (so every
 * derived column — postcode and district, search keys, school and GP registrations, consent,
 * lead professional, shield — comes from production code) and writes each entity's columns to
 * its table's COPY stream. Ids come from one counter, as cp_seq would give them.
 */
final class Population {

  /** England at 11 million children: about 20,000 schools and 6,500 GP surgeries. */
  static final double ENGLAND_CHILDREN = 11_000_000;
  static final double ENGLAND_SCHOOLS = 20_000;
  static final double ENGLAND_SURGERIES = 6_500;
  /** About 3 million involvements at 11 million children. */
  static final double INVOLVEMENTS_PER_CHILD = 0.27;
  static final String SOURCE = "BENCH-ENGLAND";

  /** Services of every section: name, type, sensitivity, job title, youngest age served, weight. */
  enum Service {
    SOCIAL_CARE("Children's Social Care", OrganisationType.LOCAL_AUTHORITY_SERVICE, SensitiveCategory.NONE, "Social worker", 0, 20),
    EARLY_HELP("Early Help Service", OrganisationType.LOCAL_AUTHORITY_SERVICE, SensitiveCategory.NONE, "Family support worker", 0, 20),
    HEALTH_VISITING("Health Visiting Service", OrganisationType.HEALTH_SERVICE, SensitiveCategory.NONE, "Health visitor", -5, 14),
    SCHOOL_NURSING("School Nursing Service", OrganisationType.HEALTH_SERVICE, SensitiveCategory.NONE, "School nurse", 5, 10),
    EDUCATIONAL_PSYCHOLOGY("Educational Psychology Service", OrganisationType.LOCAL_AUTHORITY_SERVICE, SensitiveCategory.NONE, "Educational psychologist", 4, 8),
    HOUSING("Housing Services", OrganisationType.HOUSING, SensitiveCategory.NONE, "Housing officer", 0, 5),
    YOUTH_SERVICE("Youth Service", OrganisationType.LOCAL_AUTHORITY_SERVICE, SensitiveCategory.NONE, "Youth worker", 11, 7),
    YOUTH_OFFENDING("Youth Offending Team", OrganisationType.LOCAL_AUTHORITY_SERVICE, SensitiveCategory.NONE, "Youth offending officer", 10, 3),
    YOUNG_CARERS("Young Carers", OrganisationType.VOLUNTARY_GROUP, SensitiveCategory.NONE, "Young carers support worker", 8, 3),
    CAMHS("Child and Adolescent Mental Health Service", OrganisationType.HEALTH_SERVICE, SensitiveCategory.MENTAL_HEALTH, "Mental health practitioner", 6, 6),
    SEXUAL_HEALTH("Young People's Sexual Health Service", OrganisationType.HEALTH_SERVICE, SensitiveCategory.SEXUAL_HEALTH, "Sexual health nurse", 13, 2),
    SUBSTANCE("Young People's Drug and Alcohol Service", OrganisationType.HEALTH_SERVICE, SensitiveCategory.DRUGS, "Substance misuse worker", 12, 2);

    final String title;
    final OrganisationType type;
    final SensitiveCategory sensitive;
    final String jobTitle;
    /** A negative minimum means "at most that age" (health visitors see the under-fives). */
    final int age;
    final int weight;

    Service(String title, OrganisationType type, SensitiveCategory sensitive, String jobTitle, int age, int weight) {
      this.title = title;
      this.type = type;
      this.sensitive = sensitive;
      this.jobTitle = jobTitle;
      this.age = age;
      this.weight = weight;
    }

    boolean serves(int years) {
      return age < 0 ? years <= -age : years >= age;
    }
  }

  /** One section's organisations and staff. */
  static final class Section {
    final Place place;
    final LocalAuthoritySection entity;
    final List<String> districts;
    final int children;
    final List<Organisation> primaries = new ArrayList<>();
    final List<Organisation> secondaries = new ArrayList<>();
    final List<Organisation> surgeries = new ArrayList<>();
    final Map<Service, List<Practitioner>> staff = new EnumMap<>(Service.class);

    Section(Place place, LocalAuthoritySection entity, List<String> districts, int children) {
      this.place = place;
      this.entity = entity;
      this.districts = districts;
      this.children = children;
    }
  }

  /** The COPY streams, one per table. */
  record Streams(CopyTable sections, CopyTable organisations, CopyTable practitioners, CopyTable children,
      CopyTable formerNames, CopyTable addressHistory, CopyTable identifiers, CopyTable carers, CopyTable searchKeys,
      CopyTable involvements, CopyTable shields) {}

  private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";
  private static final Field ID = field(LocalAuthoritySection.class, "id");
  private static final Field ORG_ID = field(Organisation.class, "id");
  private static final Field PRACTITIONER_ID = field(Practitioner.class, "id");
  private static final Field SEARCH_KEYS = field(Child.class, "searchKeys");
  private static final Field KEY_BIRTH = field(SearchKey.class, "birthDate");
  private static final Field KEY_DISTRICT = field(SearchKey.class, "postcodeDistrict");

  private final Random random;
  private final Names names;
  private final LocalDate today;
  private final Instant now;
  private final String nowColumn;
  private final Provenance provenance;
  private final Streams out;
  private final Ages ages;
  private final BigInteger nhsPrime;
  private long nextId = 1;
  private long childIndex;
  private long involvementCount;
  private long shieldedCount;

  Population(long seed, LocalDate today, Instant now, Streams out) {
    this.random = new Random(seed);
    this.names = new Names(new Random(seed ^ 0x5DEECE66DL));
    this.today = today;
    this.now = now;
    // Stored as production stores an Instant (InstantConverter: a timestamp in the JVM's zone).
    this.nowColumn = new InstantConverter().convertToDatabaseColumn(now).toString();
    this.provenance = new Provenance(SOURCE, now);
    this.out = out;
    this.ages = new Ages(today, random);
    BigInteger p = BigInteger.valueOf(71_428_571L);
    while (!p.isProbablePrime(30)) {
      p = p.subtract(BigInteger.ONE);
    }
    this.nhsPrime = p;
  }

  String describeNames() {
    return names.describe();
  }

  long involvements() {
    return involvementCount;
  }

  long shielded() {
    return shieldedCount;
  }

  long lastId() {
    return nextId - 1;
  }

  /** Sections with their schools, surgeries, services and staff, sized for {@code total} children. */
  List<Section> sections(List<Place> places, int total) {
    List<List<String>> districts = Places.districts(places);
    double weight = places.stream().mapToDouble(Place::weight).sum();
    List<Section> sections = new ArrayList<>();
    int assigned = 0;
    for (Place place : places) {
      int children = place.index() == places.size() - 1 ? total - assigned : (int) Math.round(total * place.weight() / weight);
      assigned += children;
      LocalAuthoritySection entity = new LocalAuthoritySection(place.code(), place.name());
      set(ID, entity, nextId++);
      out.sections().row(entity.id(), entity.code(), entity.name());
      Section section = new Section(place, entity, districts.get(place.index()), children);
      double scale = children / ENGLAND_CHILDREN;
      int schools = Math.max(2, (int) Math.round(ENGLAND_SCHOOLS * scale));
      int secondaries = Math.max(1, schools / 6);
      for (int i = 0; i < schools; i++) {
        boolean secondary = i < secondaries;
        String town = pick(place.towns());
        String name = secondary ? town + " " + pick(SECONDARY_KINDS) : pick(PRIMARY_NAMES) + " " + (i % 3 == 0 ? "Primary School" : i % 3 == 1 ? "Primary Academy" : "Infant and Junior School");
        Organisation school = organisation(section, String.valueOf(100_000 + sectionsOrgs++), name, OrganisationType.SCHOOL, SensitiveCategory.NONE, town);
        (secondary ? section.secondaries : section.primaries).add(school);
      }
      int surgeries = Math.max(1, (int) Math.round(ENGLAND_SURGERIES * scale));
      for (int i = 0; i < surgeries; i++) {
        String town = pick(place.towns());
        // ODS-like: a letter and five digits, unique across England.
        String code = (char) ('A' + (place.index() % 26)) + String.format("%05d", (place.index() / 26) * 1_000 + i);
        section.surgeries.add(organisation(section, code, pick(SURGERY_NAMES) + " " + pick(SURGERY_KINDS), OrganisationType.GP_SURGERY,
            SensitiveCategory.NONE, town));
      }
      int services = Service.values().length;
      int perService = Math.max(2, (int) Math.round(children * INVOLVEMENTS_PER_CHILD / 25 / services));
      for (Service service : Service.values()) {
        Organisation organisation = organisation(section, null, place.name() + " " + service.title, service.type, service.sensitive, place.towns().get(0));
        List<Practitioner> staff = new ArrayList<>();
        for (int i = 0; i < perService; i++) {
          String fullName = (random.nextBoolean() ? names.mother() : names.father()) + " " + names.family();
          String email = fullName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.') + i
              + "@" + place.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example.org";
          Practitioner practitioner = new Practitioner(fullName, service.jobTitle, organisation, new ContactDetails(phone(), email));
          set(PRACTITIONER_ID, practitioner, nextId++);
          out.practitioners().row(practitioner.id(), practitioner.fullName(), practitioner.jobTitle(), organisation.id(),
              practitioner.contact().phone(), practitioner.contact().email());
          staff.add(practitioner);
        }
        section.staff.put(service, staff);
      }
      sections.add(section);
    }
    return sections;
  }

  private int sectionsOrgs;

  private static final List<String> PRIMARY_NAMES = List.of("St Mary's", "Oakwood", "Meadowside", "Brookside", "Hillside",
      "Westfield", "Parkside", "Riverside", "Greenhill", "Ashfield", "Beechwood", "Holy Trinity", "St Peter's", "St John's",
      "Christ Church", "Highfield", "Woodlands", "Springfield", "Fairfield", "Moorland", "Valley", "Church Hill", "Lakeside");
  private static final List<String> SECONDARY_KINDS = List.of("High School", "Academy", "College", "Community School",
      "Grammar School", "Girls' School", "School", "Church of England Academy");
  private static final List<String> SURGERY_NAMES = List.of("Station Road", "Park View", "The Grange", "Church Lane", "Moorside",
      "Valley", "Oakleigh", "Market Square", "Riverside", "Castle", "Abbey", "Millbrook", "Hollybank", "Elmwood", "Victoria");
  private static final List<String> SURGERY_KINDS = List.of("Medical Practice", "Surgery", "Health Centre", "Medical Centre");

  private Organisation organisation(Section section, String code, String name, OrganisationType type, SensitiveCategory sensitive, String town) {
    Organisation organisation = new Organisation(code, name, type, sensitive, new ContactDetails(landline(), null), town, section.entity);
    set(ORG_ID, organisation, nextId++);
    boolean service = type != OrganisationType.SCHOOL && type != OrganisationType.GP_SURGERY;
    if (service) {
      organisation.accredit(today.minusYears(1), 200);
    }
    out.organisations().row(organisation.id(), organisation.code(), organisation.name(), organisation.type().name(),
        organisation.sensitiveCategory().name(), organisation.contact().phone(), organisation.contact().email(),
        organisation.town(), section.entity.id(), service ? today.minusYears(1) : null, organisation.accountLimit(), null);
    return organisation;
  }

  /** All children of one section, household by household. */
  void populate(Section section) {
    int made = 0;
    while (made < section.children) {
      made += household(section, Math.min(section.children - made, householdSize()));
    }
  }

  private int householdSize() {
    int draw = random.nextInt(100);
    return draw < 45 ? 1 : draw < 80 ? 2 : draw < 94 ? 3 : draw < 98 ? 4 : 5;
  }

  private int household(Section section, int size) {
    String family = names.family();
    if (random.nextInt(100) < 2) {
      family = family + "-" + names.family();
    }
    Address home = address(section);
    List<String[]> carers = new ArrayList<>();
    String motherFamily = random.nextInt(100) < 85 ? family : names.family();
    carers.add(new String[] {names.mother() + " " + motherFamily, Relationship.MOTHER.name(), phone()});
    if (random.nextInt(100) < 60) {
      carers.add(new String[] {names.father() + " " + family, Relationship.FATHER.name(), phone()});
    }
    int extra = random.nextInt(100);
    if (extra < 3) {
      carers.add(new String[] {names.mother() + " " + names.family(), Relationship.GRANDPARENT.name(), phone()});
    } else if (extra < 4) {
      carers.set(0, new String[] {names.mother() + " " + names.family(), Relationship.FOSTER_CARER.name(), phone()});
    }
    List<LocalDate> births = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate born;
      if (i > 0 && random.nextInt(100) < 3) {
        born = births.get(i - 1); // twins
      } else {
        born = ages.birthDate();
        for (int attempt = 0; attempt < 10 && tooClose(born, births); attempt++) {
          born = ages.birthDate();
        }
      }
      births.add(born);
      child(section, family, home, born, carers);
    }
    return size;
  }

  private static boolean tooClose(LocalDate born, List<LocalDate> siblings) {
    for (LocalDate sibling : siblings) {
      if (Math.abs(ChronoUnit.DAYS.between(born, sibling)) < 300) {
        return true;
      }
    }
    return false;
  }

  private Address address(Section section) {
    int draw = random.nextInt(1000);
    if (draw < 5) {
      return Address.noKnownAddress();
    }
    if (draw < 7) {
      return Address.leftEngland(random.nextBoolean() ? IntendsToReturn.YES : IntendsToReturn.NO);
    }
    String district = section.districts.get(random.nextInt(section.districts.size()));
    String postcode = district + " " + random.nextInt(10) + INWARD.charAt(random.nextInt(INWARD.length()))
        + INWARD.charAt(random.nextInt(INWARD.length()));
    String line = (1 + random.nextInt(240)) + " " + names.street();
    return Address.at(List.of(line), pick(section.place.towns()), Postcode.of(postcode), AddressStatus.CURRENT);
  }

  private void child(Section section, String family, Address home, LocalDate born, List<String[]> carers) {
    long index = childIndex++;
    long id = nextId++;
    int sex = random.nextInt(1000);
    Gender gender = sex < 487 ? Gender.FEMALE : sex < 998 ? Gender.MALE : Gender.NOT_SPECIFIED;
    String given = names.given(gender == Gender.FEMALE);
    if (random.nextInt(100) < 40) {
      given = given + " " + names.given(gender == Gender.FEMALE);
    }
    String publicId = new UUID(random.nextLong(), random.nextLong()).toString();
    boolean renamed = random.nextInt(100) < 2;
    boolean moved = random.nextInt(100) < 8;
    PersonName name = new PersonName(given, family);
    Child child = new Child(publicId, section.entity, renamed ? new PersonName(given, names.family()) : name, born, gender,
        moved ? address(section) : home, provenance);
    if (renamed) {
      child.rename(name, provenance);
    }
    if (moved) {
      child.moveTo(home, provenance);
    }
    int years = child.ageOn(today);
    // Identifiers: an NHS number for nearly every child, a unique pupil number at school.
    List<ChildIdentifier> ids = new ArrayList<>();
    if (random.nextInt(1000) < 995) {
      ids.add(child.recordNhsNumber(nhsNumber(index), provenance));
    }
    boolean atSchool = years >= 4 && (years < 16 || random.nextInt(100) < 60);
    if (atSchool) {
      boolean primary = years <= 10;
      List<Organisation> schools = primary ? section.primaries : section.secondaries;
      LocalDate september = LocalDate.of(born.getYear() + (primary ? 4 : 11) + (born.getMonthValue() >= 9 ? 1 : 0), 9, 1);
      child.registerAtSchool(schools.get(random.nextInt(schools.size())), september.isAfter(today) ? today : september, provenance);
      ids.add(child.recordUpn(upn(section, index), provenance));
    }
    if (random.nextInt(100) < 97) {
      child.registerWithGp(section.surgeries.get(random.nextInt(section.surgeries.size())), provenance);
    }
    for (String[] carer : carers) {
      ContactDetails contact = new ContactDetails(carer[2], random.nextInt(100) < 30 ? emailOf(carer[0]) : null);
      child.addParentCarer(carer[0], Relationship.valueOf(carer[1]), contact, home, provenance);
    }
    List<Involvement> involvements = involve(section, child, years);
    Shield shield = null;
    if (random.nextInt(10_000) < 5) {
      shield = Shield.apply(child, ShieldCriterion.values()[random.nextInt(ShieldCriterion.values().length)],
          "Synthetic shield (benchmark data)", null, "bench", now, today);
      shieldedCount++;
    }
    write(id, child, ids, involvements, shield);
  }

  private List<Involvement> involve(Section section, Child child, int years) {
    int draw = random.nextInt(1000);
    int count = draw < 795 ? 0 : draw < 949 ? 1 : draw < 986 ? 2 : 3;
    List<Involvement> made = new ArrayList<>();
    boolean leadTaken = false;
    for (int i = 0; i < count; i++) {
      Service service = service(years);
      List<Practitioner> staff = section.staff.get(service);
      Practitioner practitioner = staff.get(random.nextInt(staff.size()));
      LocalDate start = today.minusDays(random.nextInt(3 * 365));
      if (start.isBefore(child.birthDate())) {
        start = child.birthDate();
      }
      Involvement involvement = new Involvement(child, practitioner.organisation(), random.nextInt(100) < 92 ? practitioner : null,
          service.jobTitle, start, provenance);
      if (service.sensitive.isSensitive()) {
        involvement.recordConsent(ConsentBasis.YOUNG_PERSON, "The young person agreed and understood what ContactPoint shows", start);
      }
      if (random.nextInt(10) < 3) {
        long days = ChronoUnit.DAYS.between(start, today);
        involvement.endOn(start.plusDays(days == 0 ? 0 : random.nextLong(days)), provenance);
      } else if (!leadTaken && (count > 1 || random.nextInt(10) == 0) && !service.sensitive.isSensitive()) {
        involvement.becomeLeadProfessional(provenance);
        leadTaken = true;
        if (random.nextInt(3) == 0 && involvement.practitioner().isPresent()) {
          child.recordCafHeldBy(involvement.practitioner().get(), provenance);
        }
      }
      made.add(involvement);
    }
    return made;
  }

  private Service service(int years) {
    while (true) {
      int total = 0;
      for (Service s : Service.values()) {
        total += s.weight;
      }
      int draw = random.nextInt(total);
      for (Service s : Service.values()) {
        draw -= s.weight;
        if (draw < 0) {
          if (s.serves(years)) {
            return s;
          }
          break;
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void write(long id, Child child, List<ChildIdentifier> ids, List<Involvement> involvements, Shield shield) {
    Address a = child.address();
    List<String> lines = a.lines();
    var school = child.school();
    var gp = child.gp();
    var caf = child.caf();
    out.children().row(id, child.publicId(), child.section().id(), child.name().given(), child.name().family(), child.birthDate(),
        child.gender().name(), child.coreProvenance().source(), column(child.coreProvenance().updatedAt()),
        line(lines, 0), line(lines, 1), line(lines, 2), a.town().orElse(null), a.postcode().orElse(null),
        a.postcodeDistrict().orElse(null), a.status().name(), a.intendsToReturn().map(Enum::name).orElse(null),
        child.addressProvenance().source(), column(child.addressProvenance().updatedAt()),
        school.map(s -> s.school().id()).orElse(null), school.map(s -> s.startDate()).orElse(null),
        school.map(s -> s.provenance().source()).orElse(null), school.map(s -> column(s.provenance().updatedAt())).orElse(null),
        gp.map(g -> g.surgery().id()).orElse(null), gp.map(g -> g.provenance().source()).orElse(null),
        gp.map(g -> column(g.provenance().updatedAt())).orElse(null),
        caf.isPresent() ? Boolean.TRUE : null, caf.map(c -> c.holder().id()).orElse(null),
        caf.map(c -> c.provenance().source()).orElse(null), caf.map(c -> column(c.provenance().updatedAt())).orElse(null),
        child.isShielded(), 1, child.hasNewIdentity(), null, null, null, null, null);
    List<PersonName> former = child.formerNames();
    for (int i = 0; i < former.size(); i++) {
      out.formerNames().row(id, i, former.get(i).given(), former.get(i).family());
    }
    List<PastAddress> history = child.addressHistory();
    for (int i = 0; i < history.size(); i++) {
      PastAddress past = history.get(i);
      out.addressHistory().row(id, i, String.join(", ", past.lines()), past.town(), past.postcode(), past.status().name(),
          past.source(), column(past.replacedAt()));
    }
    for (ChildIdentifier identifier : ids) {
      out.identifiers().row(nextId++, id, identifier.type().name(), identifier.issuer(), identifier.value(),
          identifier.provenance().source(), column(identifier.provenance().updatedAt()));
    }
    List<ParentCarer> carers = child.parentsCarers();
    for (int i = 0; i < carers.size(); i++) {
      ParentCarer carer = carers.get(i);
      Address ca = carer.address();
      List<String> carerLines = ca == null ? List.of() : ca.lines();
      out.carers().row(nextId++, id, i, carer.fullName(), carer.relationship().name(), carer.contact().phone(), carer.contact().email(),
          line(carerLines, 0), line(carerLines, 1), line(carerLines, 2), ca == null ? null : ca.town().orElse(null),
          ca == null ? null : ca.postcode().orElse(null), ca == null ? null : ca.postcodeDistrict().orElse(null),
          ca == null ? null : ca.status().name(), ca == null ? null : ca.intendsToReturn().map(Enum::name).orElse(null),
          carer.provenance().source(), column(carer.provenance().updatedAt()), carer.isShielded());
    }
    // The keys exactly as Child.rebuildSearchKeys made them (NameKeys, the district, the shield).
    try {
      for (SearchKey key : (Set<SearchKey>) SEARCH_KEYS.get(child)) {
        out.searchKeys().row(id, key.key(), KEY_BIRTH.get(key), KEY_DISTRICT.get(key));
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    for (Involvement involvement : involvements) {
      involvementCount++;
      out.involvements().row(nextId++, id, involvement.organisation().id(), involvement.practitioner().map(Practitioner::id).orElse(null),
          involvement.role(), involvement.startDate(), involvement.endDate().orElse(null), involvement.isLeadProfessional(),
          involvement.provenance().source(), column(involvement.provenance().updatedAt()), 1,
          involvement.consentBasis().map(Enum::name).orElse(null), consentNote(involvement),
          involvement.consentBasis().isPresent() ? involvement.startDate() : null);
    }
    if (shield != null) {
      out.shields().row(nextId++, id, shield.criterion().name(), shield.reason(), shield.reviewOn(), shield.appliedBy(),
          shield.appliedAt().atOffset(ZoneOffset.UTC).toString(), null, null, null, null);
    }
  }

  private static final Field CONSENT_NOTE = field(Involvement.class, "consentNote");

  private static String consentNote(Involvement involvement) {
    try {
      return (String) CONSENT_NOTE.get(involvement);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private String column(Instant instant) {
    return instant.equals(now) ? nowColumn : new InstantConverter().convertToDatabaseColumn(instant).toString();
  }

  private static String line(List<String> lines, int i) {
    return lines.size() > i ? lines.get(i) : null;
  }

  /** A unique, valid NHS number per child: a permutation of the child's index onto 9-digit stems. */
  private NhsNumber nhsNumber(long index) {
    long p = nhsPrime.longValue();
    long slot = Math.floorMod(index * 48_271L + 12_345L, p);
    long stem = 400_000_000L + slot * 7;
    for (int r = 0; r < 7; r++) {
      String base = String.valueOf(stem + r);
      for (int check = 0; check < 10; check++) {
        if (NhsNumber.isValid(base + check)) {
          return NhsNumber.of(base + check);
        }
      }
    }
    throw new IllegalStateException("No valid NHS number near stem " + stem);
  }

  /** A unique pupil number: a check letter, the authority's number, a serial (13 characters). */
  private static String upn(Section section, long index) {
    return (char) ('A' + (int) (index % 26)) + String.format("%03d%09d", 800 + section.place.index(), index);
  }

  private String emailOf(String fullName) {
    return fullName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.') + random.nextInt(1000) + "@example.com";
  }

  private String phone() {
    return "07700 9" + (10_000 + random.nextInt(89_999));
  }

  private String landline() {
    return "0" + (113 + random.nextInt(800)) + " " + (100 + random.nextInt(899)) + " " + (1000 + random.nextInt(8999));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no field " + name + ": the generator is out of step with the entity", e);
    }
  }

  private static void set(Field field, Object target, long value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
