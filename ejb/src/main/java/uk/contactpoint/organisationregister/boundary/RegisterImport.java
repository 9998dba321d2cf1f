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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
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
import uk.contactpoint.organisationregister.control.RegisterFile;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.error.FieldError;

/**
 * The national registers read into the organisation register, so that an authority going live does
 * not type its schools and surgeries one by one. Run again with a newer file, an import adds what
 * is new, changes what the register says differently and closes what the register closed (revoking
 * its accreditation and suspending its accounts, as closing by hand does); what is the same is left
 * alone. A section's user administrator imports the schools of their own section from the Get
 * Information About Schools file; GP practices serve patients across authorities and are registered
 * nationally, so the NHS practice file is the national operator's to import.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Duty.USER_ADMINISTRATION_ROLE})
public class RegisterImport {

  private static final Logger LOG = Logger.getLogger(RegisterImport.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject SectionScope scope;
  @Inject AuditNotes audit;
  @EJB Organisations organisations;

  /**
   * What an import did. {@code outsideSection}: rows of authorities other than the caller's (or,
   * for the national operator, of authorities ContactPoint does not serve); {@code ignored}: rows
   * that are not of the register's kind (the NHS file's prisons and clinics) or closed before
   * ContactPoint knew them.
   */
  public record Report(
      String register,
      int rows,
      int added,
      int changed,
      int closed,
      int unchanged,
      int outsideSection,
      int ignored,
      List<FieldError> errors)
      implements Serializable {}

  @Audited(AuditAction.ORGANISATIONS_IMPORTED)
  public Report importSchools(byte[] file) {
    RegisterFile.Read read = RegisterFile.schools(RegisterFile.text(file));
    Optional<LocalAuthoritySection> mine = scope.of(caller);
    Map<String, LocalAuthoritySection> served =
        em.createQuery("SELECT s FROM LocalAuthoritySection s", LocalAuthoritySection.class)
            .getResultStream()
            .collect(Collectors.toMap(LocalAuthoritySection::code, Function.identity()));
    return apply(
        "schools",
        read,
        row ->
            mine.isPresent()
                ? (mine.get().code().equals(row.sectionCode())
                    ? Optional.of(mine.get())
                    : Optional.empty())
                : Optional.ofNullable(served.get(row.sectionCode())));
  }

  @Audited(AuditAction.ORGANISATIONS_IMPORTED)
  @RolesAllowed(Role.ADMIN_NAME)
  public Report importGpPractices(byte[] file) {
    RegisterFile.Read read = RegisterFile.gpPractices(RegisterFile.text(file));
    // A practice is registered nationally: it serves patients of several authorities.
    return apply("gpPractices", read, row -> Optional.empty());
  }

  private Report apply(
      String register,
      RegisterFile.Read read,
      Function<RegisterFile.Row, Optional<LocalAuthoritySection>> sectionOf) {
    Tally tally = new Tally(read.errors());
    tally.ignored = read.ignored();
    // What is held of the register's kinds, read once: a national file has tens of thousands of
    // rows, and a query for each (with the flush before it) would cost more than the import.
    Map<OrganisationType, Map<String, Organisation>> held =
        new java.util.EnumMap<>(OrganisationType.class);
    for (RegisterFile.Row row : read.rows()) {
      LocalAuthoritySection section = null;
      if (row.kind() == OrganisationType.SCHOOL) {
        Optional<LocalAuthoritySection> its = sectionOf.apply(row);
        if (its.isEmpty()) {
          tally.outsideSection++;
          continue;
        }
        section = its.get();
      }
      try {
        apply(row, section, held.computeIfAbsent(row.kind(), this::heldByCode), tally);
      } catch (IllegalArgumentException notStorable) {
        // A name or town longer than the register keeps: the entity refuses it before any change.
        tally.errors.add(new FieldError("line " + row.line(), notStorable.getMessage()));
      }
    }
    Report report =
        new Report(
            register,
            read.rows().size() + read.errors().size(),
            tally.added,
            tally.changed,
            tally.closed,
            tally.unchanged,
            tally.outsideSection,
            tally.ignored,
            List.copyOf(tally.errors));
    audit
        .current()
        .target("register", register)
        .detail("added", report.added())
        .detail("changed", report.changed())
        .detail("closed", report.closed())
        .detail("unchanged", report.unchanged())
        .detail("errors", report.errors().size());
    LOG.info(
        () ->
            "Register import of "
                + register
                + ": "
                + report.added()
                + " added, "
                + report.changed()
                + " changed, "
                + report.closed()
                + " closed, "
                + report.errors().size()
                + " rows with errors");
    return report;
  }

  /**
   * The organisations of one kind, by their code in capitals (URNs are digits; ODS codes are
   * matched whatever their case).
   */
  private Map<String, Organisation> heldByCode(OrganisationType kind) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.type = :type AND o.code IS NOT NULL",
            Organisation.class)
        .setParameter("type", kind)
        .getResultStream()
        .collect(
            Collectors.toMap(
                o -> o.code().toUpperCase(java.util.Locale.ROOT),
                Function.identity(),
                (first, other) -> first));
  }

  private void apply(
      RegisterFile.Row row,
      LocalAuthoritySection section,
      Map<String, Organisation> heldByCode,
      Tally tally) {
    Optional<Organisation> held =
        Optional.ofNullable(heldByCode.get(row.code().toUpperCase(java.util.Locale.ROOT)));
    ContactDetails contact =
        contact(
            row, held.map(Organisation::contact).map(ContactDetails::email).orElse(null), tally);
    if (held.isEmpty()) {
      if (!row.open()) {
        tally.ignored++;
        return;
      }
      Organisation added =
          new Organisation(
              row.code(),
              row.name(),
              row.kind(),
              SensitiveCategory.NONE,
              contact,
              row.town(),
              section);
      em.persist(added);
      heldByCode.put(row.code().toUpperCase(java.util.Locale.ROOT), added);
      tally.added++;
      return;
    }
    Organisation organisation = held.get();
    if (row.kind() == OrganisationType.SCHOOL
        && !Objects.equals(id(organisation.section()), id(section))) {
      tally.errors.add(
          new FieldError(
              "line " + row.line(),
              "is registered in ContactPoint under another section; change it by hand"));
      return;
    }
    if (organisation.closedOn().isPresent()) {
      if (row.open()) {
        tally.errors.add(
            new FieldError(
                "line " + row.line(),
                "is open in the national register but closed in ContactPoint; register it again by hand"));
      } else {
        tally.unchanged++;
      }
      return;
    }
    if (!row.open()) {
      organisations.revokeAccreditation(organisation.id());
      organisation.close(row.closedOn() == null ? LocalDate.now(clock) : row.closedOn());
      tally.closed++;
      return;
    }
    boolean same =
        organisation.name().equals(row.name())
            && Objects.equals(organisation.town(), row.town())
            && Objects.equals(
                organisation.contact() == null ? null : organisation.contact().phone(),
                contact.phone());
    if (same) {
      tally.unchanged++;
    } else {
      organisation.describe(organisation.code(), row.name(), row.town(), contact);
      tally.changed++;
    }
  }

  /** The row's phone where it is one; else none, and the row says why. */
  private static ContactDetails contact(RegisterFile.Row row, String email, Tally tally) {
    try {
      return new ContactDetails(row.phone(), email);
    } catch (IllegalArgumentException notAPhone) {
      tally.errors.add(
          new FieldError(
              "line " + row.line() + ": phone", "is not a phone number; kept without one"));
      return new ContactDetails(null, email);
    }
  }

  private static Long id(LocalAuthoritySection section) {
    return section == null ? null : section.id();
  }

  private static final class Tally {
    final List<FieldError> errors;
    int added;
    int changed;
    int closed;
    int unchanged;
    int outsideSection;
    int ignored;

    Tally(List<FieldError> read) {
      this.errors = new ArrayList<>(read);
    }
  }
}
