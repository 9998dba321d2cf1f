package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.child.entity.NhsNumber;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.involvement.control.InvolvementNews;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.notification.entity.Notification;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shared.error.FieldError;

/**
 * Writes a valid feed record onto a new or a linked child. Conflicting sources follow per-field
 * precedence (docs/feeds.md): the school comes from education sources, the GP from health sources
 * (either fills a gap), the address from the newest source, the name by the rule of Child#nameSent
 * (what most sources send, not the last record); the date of birth and gender are never changed by
 * a feed, since a difference there is evidence for the data-quality team, not an update.
 */
@Dependent
public class FeedApplier {

  /** What kind of body runs a source, for precedence. */
  public enum SourceKind {
    EDUCATION,
    HEALTH,
    OTHER
  }

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject InvolvementNews news;

  public SourceKind kindOf(String sourceCode) {
    return em.createQuery(
            "SELECT o.type FROM Organisation o WHERE o.sourceCode = :code", OrganisationType.class)
        .setParameter("code", sourceCode)
        .getResultStream()
        .findFirst()
        .map(
            type ->
                switch (type) {
                  case SCHOOL -> SourceKind.EDUCATION;
                  case GP_SURGERY, HEALTH_SERVICE -> SourceKind.HEALTH;
                  default -> SourceKind.OTHER;
                })
        .orElse(SourceKind.OTHER);
  }

  public LocalAuthoritySection section(String code) {
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  /** The codes of the sections ContactPoint serves, for validation. */
  public java.util.Set<String> sectionCodes() {
    return java.util.Set.copyOf(
        em.createQuery("SELECT s.code FROM LocalAuthoritySection s", String.class).getResultList());
  }

  public Child create(FeedRecord record, String source, Instant receivedAt) {
    Provenance provenance = new Provenance(source, receivedAt);
    Child child =
        new Child(
            UUID.randomUUID().toString(),
            section(record.localAuthority()),
            new PersonName(record.name().given(), record.name().family()),
            record.dateOfBirth(),
            record.gender(),
            address(record.address()),
            provenance);
    for (String former : record.formerNames()) {
      child.recordFormerName(personName(former));
    }
    em.persist(child);
    update(child, record, SourceKind.OTHER, source, receivedAt, true);
    return child;
  }

  /** Applies the record's facts to a linked child; true when any fact changed. */
  public boolean update(
      Child child, FeedRecord record, SourceKind kind, String source, Instant receivedAt) {
    return update(child, record, kind, source, receivedAt, false);
  }

  private boolean update(
      Child child,
      FeedRecord record,
      SourceKind kind,
      String source,
      Instant receivedAt,
      boolean fresh) {
    Provenance provenance = new Provenance(source, receivedAt);
    boolean changed = false;
    PersonName name = new PersonName(record.name().given(), record.name().family());
    boolean newSpelling = child.lastSent(name, source).isEmpty();
    // Health registers the legal name (NHS registration), which settles a tie between sources.
    changed |=
        child.nameSent(name, provenance, kind == SourceKind.HEALTH) || (newSpelling && !fresh);
    Address address = address(record.address());
    if (!fresh
        && !sameAddress(address, child.address())
        && !receivedAt.isBefore(child.addressProvenance().updatedAt())) {
      child.moveTo(address, provenance);
      changed = true;
    }
    changed |= identifiers(child, record, provenance);
    if (!record.localAuthority().equals(child.section().code())) {
      em.persist(child.transferTo(section(record.localAuthority()), provenance));
      changed = true;
    }
    if (record.school() != null && (kind == SourceKind.EDUCATION || child.school().isEmpty())) {
      Organisation school =
          organisation(
              record.school().urn(),
              record.school().name(),
              OrganisationType.SCHOOL,
              child.section());
      if (child.school().map(s -> !s.school().id().equals(school.id())).orElse(true)) {
        child.registerAtSchool(school, record.school().startDate(), provenance);
        changed = true;
      }
    }
    if (record.gp() != null && (kind == SourceKind.HEALTH || child.gp().isEmpty())) {
      Organisation surgery =
          organisation(
              record.gp().odsCode(),
              record.gp().name(),
              OrganisationType.GP_SURGERY,
              child.section());
      if (child.gp().map(g -> !g.surgery().id().equals(surgery.id())).orElse(true)) {
        child.registerWithGp(surgery, provenance);
        changed = true;
      }
    }
    changed |= carers(child, record, provenance);
    changed |= involvements(child, record, provenance);
    if (record.dateOfDeath() != null && child.dateOfDeath().isEmpty()) {
      child.recordDeath(record.dateOfDeath(), provenance);
      changed = true;
    }
    return changed;
  }

  private boolean identifiers(Child child, FeedRecord record, Provenance provenance) {
    int before = child.identifiers().size();
    if (record.nhsNumber() != null
        && child.identifier(IdentifierType.NHS_NUMBER, "NHS").isEmpty()) {
      child.recordNhsNumber(NhsNumber.of(record.nhsNumber().replace(" ", "")), provenance);
    }
    if (record.upn() != null && child.identifier(IdentifierType.UPN, "DFE").isEmpty()) {
      child.recordUpn(record.upn(), provenance);
    }
    if (child.identifier(IdentifierType.SOURCE_ID, provenance.source()).isEmpty()) {
      child.recordSourceId(record.recordId(), provenance);
    }
    return child.identifiers().size() != before;
  }

  private boolean carers(Child child, FeedRecord record, Provenance provenance) {
    boolean changed = false;
    for (FeedRecord.CarerIn carer : record.carers()) {
      String name = carer.name().strip().replaceAll("\\s+", " ");
      boolean known =
          child.parentsCarers().stream()
              .map(ParentCarer::fullName)
              .anyMatch(n -> n.equalsIgnoreCase(name));
      if (!known) {
        FeedRecord.Contact contact = carer.contact();
        child.addParentCarer(
            name,
            carer.relationship(),
            contact == null
                ? new ContactDetails(null, null)
                : new ContactDetails(contact.phone(), contact.email()),
            contact == null || contact.address() == null
                ? child.address()
                : address(contact.address()),
            provenance);
        changed = true;
      }
    }
    return changed;
  }

  private boolean involvements(Child child, FeedRecord record, Provenance provenance) {
    if (record.involvementList().isEmpty()) {
      return false;
    }
    boolean changed = false;
    List<Involvement> held =
        em.createQuery("SELECT i FROM Involvement i WHERE i.child = :child", Involvement.class)
            .setParameter("child", child)
            .getResultList();
    for (FeedRecord.InvolvementIn in : record.involvementList()) {
      Optional<Organisation> found = registered(in, child.section());
      boolean sensitive = found.map(Organisation::isSensitive).orElse(false);
      Organisation organisation =
          found.orElseGet(
              () -> {
                Organisation made =
                    new Organisation(
                        null,
                        in.organisation(),
                        OrganisationType.OTHER_SERVICE,
                        SensitiveCategory.NONE,
                        contactOf(in.contact()),
                        null,
                        child.section());
                em.persist(made);
                return made;
              });
      Optional<Involvement> same =
          held.stream()
              .filter(
                  h ->
                      h.organisation().id().equals(organisation.id())
                          && h.role().equalsIgnoreCase(in.role())
                          && h.startDate().equals(in.startDate()))
              .findFirst();
      if (same.isPresent()) {
        if (in.endDate() != null && same.get().endDate().isEmpty()) {
          same.get().endOn(in.endDate(), provenance);
          news.tell(
              child,
              held,
              organisation,
              same.get().practitioner().orElse(null),
              Notification.Kind.ENDED);
          changed = true;
        }
        continue;
      }
      Practitioner practitioner = in.practitioner() == null ? null : practitioner(in, organisation);
      Involvement involvement =
          new Involvement(child, organisation, practitioner, in.role(), in.startDate(), provenance);
      if (sensitive) {
        involvement.recordConsent(
            in.consent().basis(),
            in.consent().note(),
            provenance.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
      }
      if (in.endDate() != null) {
        involvement.endOn(in.endDate(), provenance);
      }
      em.persist(involvement);
      if (in.endDate() == null) {
        // A feed's involvement is told as a practitioner's own would be (DESIGN.md rule 7).
        news.tell(child, held, organisation, practitioner, Notification.Kind.JOINED);
      }
      changed = true;
    }
    return changed;
  }

  /**
   * DESIGN.md rule 6 for feeds, checked before anything is written: a sensitive service must be
   * known to ContactPoint as one, and its involvement comes with its consent or judgement of harm.
   */
  public List<FieldError> refusedInvolvements(FeedRecord record, String source) {
    List<FieldError> refused = new ArrayList<>();
    if (record.involvementList().isEmpty()) {
      return refused;
    }
    LocalAuthoritySection section = section(record.localAuthority());
    boolean sensitiveSource = runBySensitiveService(source);
    for (int i = 0; i < record.involvementList().size(); i++) {
      FeedRecord.InvolvementIn in = record.involvementList().get(i);
      Optional<Organisation> found = registered(in, section);
      if (in.organisationCode() != null && found.isEmpty()) {
        refused.add(
            new FieldError(
                "involvements[" + i + "].organisationCode",
                "is not the code of an organisation registered with ContactPoint for this local authority"));
        continue;
      }
      // A sensitive service's own system tells of its own work: whatever a record says, it is
      // sensitive.
      boolean sensitive =
          Boolean.TRUE.equals(in.sensitive())
              || sensitiveSource
              || found.map(Organisation::isSensitive).orElse(false);
      if (sensitive && found.map(o -> !o.isSensitive()).orElse(true)) {
        refused.add(
            new FieldError(
                "involvements[" + i + "].organisation",
                "a sensitive service must be registered with ContactPoint as one before a feed names it"));
      } else if (sensitive && in.consent() == null) {
        refused.add(
            new FieldError(
                "involvements[" + i + "].consent",
                "is required: this organisation is a sensitive service"));
      }
    }
    return refused;
  }

  private Practitioner practitioner(FeedRecord.InvolvementIn in, Organisation organisation) {
    return em.createQuery(
            "SELECT p FROM Practitioner p WHERE p.organisation = :organisation AND p.fullName = :name",
            Practitioner.class)
        .setParameter("organisation", organisation)
        .setParameter("name", in.practitioner().strip())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Practitioner made =
                  new Practitioner(
                      in.practitioner().strip(),
                      in.jobTitle() == null ? in.role() : in.jobTitle(),
                      organisation,
                      contactOf(in.contact()));
              em.persist(made);
              return made;
            });
  }

  /**
   * The registered organisation an involvement names, on which DESIGN.md rule 6 turns: by its
   * register code where the feed gives one; otherwise by name, where a sensitive service's name
   * written with other case, spacing or punctuation is still that service, so a feed cannot name
   * one as an ordinary organisation by spelling it differently.
   */
  private Optional<Organisation> registered(
      FeedRecord.InvolvementIn in, LocalAuthoritySection section) {
    if (in.organisationCode() != null) {
      List<Organisation> coded =
          em.createQuery(
                  "SELECT o FROM Organisation o WHERE UPPER(o.code) = :code AND (o.section = :section OR o.section IS NULL)",
                  Organisation.class)
              .setParameter("code", in.organisationCode().strip().toUpperCase(Locale.ROOT))
              .setParameter("section", section)
              .getResultList();
      return coded.size() == 1 ? Optional.of(coded.get(0)) : Optional.empty();
    }
    String spelt = lettersAndDigits(in.organisation());
    Optional<Organisation> sensitive =
        em.createQuery(
                "SELECT o FROM Organisation o WHERE o.sensitiveCategory <> :none"
                    + " AND (o.section = :section OR o.section IS NULL)",
                Organisation.class)
            .setParameter("none", SensitiveCategory.NONE)
            .setParameter("section", section)
            .getResultStream()
            .filter(o -> lettersAndDigits(o.name()).equals(spelt))
            .findFirst();
    return sensitive.isPresent() ? sensitive : organisationNamed(in.organisation(), section);
  }

  private static String lettersAndDigits(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Whether the organisation that runs this source is a sensitive service. */
  private boolean runBySensitiveService(String source) {
    return !em.createQuery(
            "SELECT o.id FROM Organisation o WHERE o.sourceCode = :source AND o.sensitiveCategory <> :none",
            Long.class)
        .setParameter("source", source)
        .setParameter("none", SensitiveCategory.NONE)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Optional<Organisation> organisationNamed(String name, LocalAuthoritySection section) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE LOWER(o.name) = :name AND (o.section = :section OR o.section IS NULL)",
            Organisation.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .setParameter("section", section)
        .getResultStream()
        .findFirst();
  }

  /** A school by URN or a surgery by ODS code; one the feed names first is registered from it. */
  private Organisation organisation(
      String code, String name, OrganisationType type, LocalAuthoritySection section) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.type = :type AND o.code = :code",
            Organisation.class)
        .setParameter("type", type)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Organisation made =
                  new Organisation(code, name, type, SensitiveCategory.NONE, null, null, section);
              em.persist(made);
              return made;
            });
  }

  private static ContactDetails contactOf(FeedRecord.Contact contact) {
    return contact == null
        ? new ContactDetails(null, null)
        : new ContactDetails(contact.phone(), contact.email());
  }

  /** An address as the feed record's shape gives it (the team's amendments use the same shape). */
  public static Address addressOf(FeedRecord.AddressIn in) {
    return address(in);
  }

  static Address address(FeedRecord.AddressIn in) {
    return switch (in.status()) {
      case CURRENT, LAST_KNOWN ->
          Address.at(
              in.lines(),
              in.town(),
              in.postcode() == null ? null : Postcode.of(in.postcode()),
              in.status());
      case NO_KNOWN_ADDRESS -> Address.noKnownAddress();
      case LEFT_ENGLAND -> Address.leftEngland(in.intendsToReturn());
    };
  }

  static boolean sameAddress(Address one, Address other) {
    return one.status() == other.status()
        && one.postcode().equals(other.postcode())
        && one.lines().stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .toList()
            .equals(other.lines().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList())
        && one.town()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .equals(other.town().map(t -> t.toLowerCase(Locale.ROOT)))
        && one.intendsToReturn().equals(other.intendsToReturn());
  }

  /** "Mary Ann Smith" is given "Mary Ann", family "Smith". */
  static PersonName personName(String full) {
    String[] parts = full.strip().split("\\s+");
    return new PersonName(
        String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)),
        parts[parts.length - 1]);
  }
}
