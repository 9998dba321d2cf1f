package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.child.entity.NhsNumber;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shared.error.FieldError;

/**
 * Writes a valid feed record onto a new or a linked child. Conflicting sources follow per-field
 * precedence (docs/feeds.md): the school comes from education sources, the GP from health sources
 * (either fills a gap), the address from the newest source, the name by the rule of Child#nameSent
 * (what most sources send, not the last record); the date of birth and gender are never changed by
 * a feed, since a difference there is evidence for the data-quality team, not an update. The school
 * and GP are FeedSchoolAndGp's to write, the involvements FeedInvolvements'.
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

  @Inject FeedSchoolAndGp schoolAndGp;
  @Inject FeedInvolvements involvements;

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
    changed |= schoolAndGp.apply(child, record, kind, provenance);
    changed |= carers(child, record, provenance);
    changed |= involvements.apply(child, record, provenance);
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

  /**
   * DESIGN.md rule 6 for feeds, checked before anything is written: a sensitive service must be
   * known to ContactPoint as one, and its involvement comes with its consent or judgement of harm
   * (FeedInvolvements, against the section the record names).
   */
  public List<FieldError> refusedInvolvements(FeedRecord record, String source) {
    if (record.involvementList().isEmpty()) {
      return new ArrayList<>();
    }
    return involvements.refused(record, section(record.localAuthority()), source);
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
