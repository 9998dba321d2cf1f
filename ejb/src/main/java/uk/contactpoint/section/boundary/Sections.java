package uk.contactpoint.section.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * The sections, one per local authority: a new installation has only the national one, and a local
 * authority goes live once the national operator registers it here, by its GSS code (the code the
 * national registers and source systems name it by). Then its first user administrator is opened in
 * it, and everything else of the authority belongs to it.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Sections {

  private static final Logger LOG = Logger.getLogger(Sections.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject AuditNotes audit;

  /** A section as operators list it, with how many accounts and organisations belong to it. */
  public record Entry(String code, String name, long accounts, long organisations)
      implements Serializable {}

  public List<Entry> list() {
    List<Entry> entries = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.code, s.name,"
                    + " (SELECT COUNT(a) FROM UserAccount a WHERE a.section = s),"
                    + " (SELECT COUNT(o) FROM Organisation o WHERE o.section = s)"
                    + " FROM LocalAuthoritySection s ORDER BY s.name",
                Object[].class)
            .getResultList()) {
      entries.add(
          new Entry(
              (String) row[0],
              (String) row[1],
              ((Number) row[2]).longValue(),
              ((Number) row[3]).longValue()));
    }
    return entries;
  }

  @Audited(AuditAction.SECTION_REGISTERED)
  public Entry register(String code, String name) {
    audit.current().target("section", code);
    String normalisedCode = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    List<FieldError> errors = new ArrayList<>();
    if (normalisedCode == null || !LocalAuthoritySection.CODE.matcher(normalisedCode).matches()) {
      errors.add(
          new FieldError(
              "code", "must be an English local authority's GSS code, such as E08000035"));
    }
    errors.addAll(nameProblems(name));
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    if (byCode(normalisedCode) != null) {
      throw new ConflictException(
          "A section with the code " + normalisedCode + " is registered already.");
    }
    LocalAuthoritySection section = new LocalAuthoritySection(normalisedCode, name.strip());
    em.persist(section);
    em.flush();
    LOG.info(() -> "Section " + section.id() + " registered");
    return new Entry(section.code(), section.name(), 0, 0);
  }

  /** A section's name corrected (its code, by which everything names it, never changes). */
  @Audited(AuditAction.SECTION_RENAMED)
  public Entry rename(String code, String name) {
    audit.current().target("section", code);
    LocalAuthoritySection section = byCode(code);
    if (section == null) {
      throw new NotFoundException("The section");
    }
    List<FieldError> errors = nameProblems(name);
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    section.rename(name.strip());
    return list().stream()
        .filter(entry -> entry.code().equals(section.code()))
        .findFirst()
        .orElseThrow();
  }

  private static List<FieldError> nameProblems(String name) {
    if (name == null
        || name.isBlank()
        || name.strip().length() > LocalAuthoritySection.NAME_LENGTH) {
      return List.of(
          new FieldError(
              "name",
              "is required: the local authority's name, at most "
                  + LocalAuthoritySection.NAME_LENGTH
                  + " characters"));
    }
    return List.of();
  }

  private LocalAuthoritySection byCode(String code) {
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", code == null ? "" : code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
