package uk.contactpoint.organisationregister.boundary;

import static uk.contactpoint.organisationregister.control.OrganisationRules.category;
import static uk.contactpoint.organisationregister.control.OrganisationRules.contact;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.contactpoint.organisationregister.control.OrganisationDetails;
import uk.contactpoint.organisationregister.control.OrganisationEntry;
import uk.contactpoint.organisationregister.control.OrganisationRules;
import uk.contactpoint.organisationregister.control.RegisterEntries;
import uk.contactpoint.section.entity.LocalAuthoritySection;
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
  @Inject RegisterEntries entries;

  /**
   * The caller's section's organisations (every one, for a national operator), open ones first, by
   * name.
   */
  public List<OrganisationEntry> list() {
    return entries.list(scope.of(caller));
  }

  @Audited(AuditAction.ORGANISATION_REGISTERED)
  public OrganisationEntry register(OrganisationDetails details) {
    LocalAuthoritySection section = sectionFor(details);
    List<FieldError> errors = OrganisationRules.problems(details);
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    entries.requireCodeFree(details.kind(), details.code(), null);
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
    return entries.entry(organisation);
  }

  @Audited(AuditAction.ORGANISATION_CHANGED)
  public OrganisationEntry change(long id, OrganisationDetails details) {
    Organisation organisation = mine(id);
    audit.current().target("organisation", id);
    List<FieldError> errors =
        OrganisationRules.problems(
            new OrganisationDetails(
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
    entries.requireCodeFree(organisation.type(), details.code(), organisation.id());
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
    return entries.entry(organisation);
  }

  /**
   * The organisation no longer works with children: closed, its accreditation revoked and its
   * accounts suspended.
   */
  @Audited(AuditAction.ORGANISATION_CLOSED)
  public OrganisationEntry close(long id) {
    Organisation organisation = mine(id);
    audit.current().target("organisation", id);
    if (organisation.closedOn().isPresent()) {
      throw new ConflictException("This organisation is closed already.");
    }
    organisations.revokeAccreditation(id);
    organisation.close(LocalDate.now(clock));
    LOG.info(() -> "Organisation " + id + " closed");
    return entries.entry(organisation);
  }

  private Organisation mine(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotFoundException("The organisation");
    }
    scope.requireWithin(caller, organisation.section(), "The organisation");
    return organisation;
  }

  private LocalAuthoritySection sectionFor(OrganisationDetails details) {
    Optional<LocalAuthoritySection> mine = scope.of(caller);
    if (mine.isPresent()) {
      return mine.get();
    }
    if (details.sectionCode() == null || details.sectionCode().isBlank()) {
      return null;
    }
    return entries.section(details.sectionCode());
  }
}
