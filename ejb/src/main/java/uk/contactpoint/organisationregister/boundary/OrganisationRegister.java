package uk.contactpoint.organisationregister.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.boundary.Organisations;
import uk.contactpoint.accounts.control.SectionScope;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * The organisation register, so that a local authority goes live without demo data: its user
 * administrators register, change and close the schools, surgeries, services and groups of their
 * own section; the national operator those of any section and the national bodies (no section). An
 * organisation says which sensitive category it is in (DESIGN.md rule 6) and which source system it
 * runs (precedence of education and health facts; a source's own number shown only to that body's
 * staff, rule 9). Accreditation stays with {@link Organisations}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Duty.USER_ADMINISTRATION_ROLE})
public class OrganisationRegister {

  private static final Logger LOG = Logger.getLogger(OrganisationRegister.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject SectionScope scope;
  @Inject AuditNotes audit;
  @EJB Organisations organisations;

  /** What the register holds of one organisation. */
  public record Entry(
      long id,
      String kind,
      String kindLabel,
      String code,
      String name,
      String town,
      String phone,
      String email,
      String sensitiveCategory,
      String sourceCode,
      String section,
      LocalDate accreditedOn,
      int accountLimit,
      long accounts,
      LocalDate closedOn)
      implements Serializable {}

  /**
   * A registration or a change. {@code sectionCode} is read for national operators only (none: a
   * national body); a section's administrator always registers in their own section.
   */
  public record Details(
      OrganisationType kind,
      String code,
      String name,
      String town,
      String phone,
      String email,
      SensitiveCategory sensitiveCategory,
      String sourceCode,
      String sectionCode)
      implements Serializable {}

  /**
   * The caller's section's organisations (every one, for a national operator), open ones first, by
   * name.
   */
  public List<Entry> list() {
    Optional<LocalAuthoritySection> mine = scope.of(caller);
    var query =
        em.createQuery(
            "SELECT o FROM Organisation o"
                + (mine.isPresent() ? " WHERE o.section = :section" : "")
                + " ORDER BY o.closedOn DESC, o.name",
            Organisation.class);
    mine.ifPresent(section -> query.setParameter("section", section));
    java.util.Map<Long, Long> accounts = new java.util.HashMap<>();
    em.createQuery(
            "SELECT a.practitioner.organisation.id, COUNT(a) FROM UserAccount a GROUP BY a.practitioner.organisation.id",
            Object[].class)
        .getResultList()
        .forEach(row -> accounts.put((Long) row[0], (Long) row[1]));
    return query.setMaxResults(5_000).getResultList().stream()
        .map(o -> entry(o, accounts.getOrDefault(o.id(), 0L)))
        .toList();
  }

  @Audited(AuditAction.ORGANISATION_REGISTERED)
  public Entry register(Details details) {
    LocalAuthoritySection section = sectionFor(details);
    List<FieldError> errors = problems(details);
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    requireCodeFree(details.kind(), details.code(), null);
    Organisation organisation;
    try {
      organisation =
          new Organisation(
              details.code(),
              details.name(),
              details.kind(),
              category(details),
              contact(details),
              details.town(),
              section);
      organisation.runsSourceSystem(details.sourceCode());
    } catch (IllegalArgumentException invalid) {
      throw InvalidInputException.invalid("organisation", invalid.getMessage());
    }
    em.persist(organisation);
    em.flush();
    audit
        .current()
        .target("organisation", organisation.id())
        .detail("kind", details.kind())
        .detail("sensitiveCategory", category(details))
        .detail("sourceCode", details.sourceCode());
    LOG.info(() -> "Organisation " + organisation.id() + " registered");
    return entry(organisation);
  }

  @Audited(AuditAction.ORGANISATION_CHANGED)
  public Entry change(long id, Details details) {
    Organisation organisation = mine(id);
    audit.current().target("organisation", id);
    List<FieldError> errors =
        problems(
            new Details(
                organisation.type(),
                details.code(),
                details.name(),
                details.town(),
                details.phone(),
                details.email(),
                details.sensitiveCategory(),
                details.sourceCode(),
                null));
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    if (organisation.closedOn().isPresent()) {
      throw new ConflictException("This organisation is closed.");
    }
    requireCodeFree(organisation.type(), details.code(), organisation.id());
    audit
        .current()
        .change(
            java.util.Map.of(
                "sensitiveCategory",
                organisation.sensitiveCategory().name(),
                "sourceCode",
                organisation.sourceCode().orElse("")),
            java.util.Map.of(
                "sensitiveCategory",
                category(details).name(),
                "sourceCode",
                details.sourceCode() == null ? "" : details.sourceCode()));
    try {
      organisation.describe(details.code(), details.name(), details.town(), contact(details));
      organisation.runsSourceSystem(details.sourceCode());
    } catch (IllegalArgumentException invalid) {
      throw InvalidInputException.invalid("organisation", invalid.getMessage());
    }
    organisation.classify(category(details));
    LOG.info(() -> "Organisation " + id + " changed");
    return entry(organisation);
  }

  /**
   * The organisation no longer works with children: closed, its accreditation revoked and its
   * accounts suspended.
   */
  @Audited(AuditAction.ORGANISATION_CLOSED)
  public Entry close(long id) {
    Organisation organisation = mine(id);
    audit.current().target("organisation", id);
    if (organisation.closedOn().isPresent()) {
      throw new ConflictException("This organisation is closed already.");
    }
    organisations.revokeAccreditation(id);
    organisation.close(LocalDate.now(clock));
    LOG.info(() -> "Organisation " + id + " closed");
    return entry(organisation);
  }

  private Organisation mine(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotFoundException("The organisation");
    }
    scope.requireWithin(caller, organisation.section(), "The organisation");
    return organisation;
  }

  private LocalAuthoritySection sectionFor(Details details) {
    Optional<LocalAuthoritySection> mine = scope.of(caller);
    if (mine.isPresent()) {
      return mine.get();
    }
    if (details.sectionCode() == null || details.sectionCode().isBlank()) {
      return null;
    }
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", details.sectionCode().strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.invalid("sectionCode", "There is no section with that code"));
  }

  /** Every field that is not right, named; the entity checks the lengths again. */
  static List<FieldError> problems(Details details) {
    List<FieldError> errors = new ArrayList<>();
    if (details.kind() == null) {
      errors.add(new FieldError("kind", "Choose what kind of organisation it is"));
    }
    if (details.name() == null || details.name().isBlank()) {
      errors.add(new FieldError("name", "Enter the organisation's name"));
    } else if (details.name().length() > Organisation.NAME_LENGTH) {
      errors.add(
          new FieldError(
              "name", "Enter a name of at most " + Organisation.NAME_LENGTH + " characters"));
    }
    String code = details.code() == null ? "" : details.code().strip();
    if (details.kind() == OrganisationType.SCHOOL && !Organisation.URN.matcher(code).matches()) {
      errors.add(
          new FieldError(
              "code",
              "Enter the school's URN: six digits, as Get Information About Schools shows it"));
    } else if (details.kind() == OrganisationType.GP_SURGERY
        && !Organisation.ODS_PRACTICE.matcher(code.toUpperCase(java.util.Locale.ROOT)).matches()) {
      errors.add(
          new FieldError(
              "code",
              "Enter the practice's ODS code: a letter and five digits, for example B86001"));
    } else if (code.length() > Organisation.CODE_LENGTH) {
      errors.add(
          new FieldError(
              "code", "Enter a code of at most " + Organisation.CODE_LENGTH + " characters"));
    }
    if (details.town() != null && details.town().length() > Organisation.TOWN_LENGTH) {
      errors.add(
          new FieldError(
              "town", "Enter a town of at most " + Organisation.TOWN_LENGTH + " characters"));
    }
    if (details.sourceCode() != null
        && details.sourceCode().length() > Organisation.SOURCE_CODE_LENGTH) {
      errors.add(
          new FieldError(
              "sourceCode",
              "Enter a source code of at most " + Organisation.SOURCE_CODE_LENGTH + " characters"));
    }
    try {
      new ContactDetails(details.phone(), details.email());
    } catch (IllegalArgumentException invalid) {
      errors.add(
          new FieldError(
              invalid.getMessage().startsWith("email") ? "email" : "phone", invalid.getMessage()));
    }
    return errors;
  }

  /** A school's URN and a surgery's ODS code name one organisation in England. */
  private void requireCodeFree(OrganisationType kind, String code, Long self) {
    if (code == null
        || code.isBlank()
        || (kind != OrganisationType.SCHOOL && kind != OrganisationType.GP_SURGERY)) {
      return;
    }
    boolean taken =
        em.createQuery(
                "SELECT o FROM Organisation o WHERE o.type = :type AND UPPER(o.code) = :code",
                Organisation.class)
            .setParameter("type", kind)
            .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
            .getResultStream()
            .anyMatch(o -> !o.id().equals(self));
    if (taken) {
      throw new ConflictException("An organisation with that code is registered already.");
    }
  }

  private static SensitiveCategory category(Details details) {
    return details.sensitiveCategory() == null
        ? SensitiveCategory.NONE
        : details.sensitiveCategory();
  }

  private static ContactDetails contact(Details details) {
    return new ContactDetails(details.phone(), details.email());
  }

  private Entry entry(Organisation o) {
    return entry(
        o,
        em.createQuery(
                "SELECT COUNT(a) FROM UserAccount a WHERE a.practitioner.organisation = :o",
                Long.class)
            .setParameter("o", o)
            .getSingleResult());
  }

  private static Entry entry(Organisation o, long accounts) {
    ContactDetails contact = o.contact() == null ? new ContactDetails(null, null) : o.contact();
    return new Entry(
        o.id(),
        o.type().name(),
        o.type().label(),
        o.code(),
        o.name(),
        o.town(),
        contact.phone(),
        contact.email(),
        o.sensitiveCategory().name(),
        o.sourceCode().orElse(null),
        o.section() == null ? null : o.section().code(),
        o.accreditedOn(),
        o.accountLimit(),
        accounts,
        o.closedOn().orElse(null));
  }
}
