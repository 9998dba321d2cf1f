package uk.contactpoint.organisationregister.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The register's reading: its entries with how many accounts each organisation holds, a section by
 * its code, and whether a school's URN or a surgery's ODS code is free. Who may read or change
 * which organisations (DESIGN.md rule 9) is decided by the caller, which passes the section.
 */
@Dependent
public class RegisterEntries {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** The section's organisations (every one, when none is given), open ones first, by name. */
  public List<OrganisationEntry> list(Optional<LocalAuthoritySection> mine) {
    var query =
        em.createQuery(
            "SELECT o FROM Organisation o"
                + (mine.isPresent() ? " WHERE o.section = :section" : "")
                + " ORDER BY o.closedOn DESC, o.name",
            Organisation.class);
    mine.ifPresent(section -> query.setParameter("section", section));
    Map<Long, Long> accounts = new HashMap<>();
    em.createQuery(
            "SELECT a.practitioner.organisation.id, COUNT(a) FROM UserAccount a GROUP BY a.practitioner.organisation.id",
            Object[].class)
        .getResultList()
        .forEach(row -> accounts.put((Long) row[0], (Long) row[1]));
    return query.setMaxResults(5_000).getResultList().stream()
        .map(o -> entry(o, accounts.getOrDefault(o.id(), 0L)))
        .toList();
  }

  /** The section of this code, named in the answer as a wrong field when there is none. */
  public LocalAuthoritySection section(String code) {
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", code.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.invalid("sectionCode", "There is no section with that code"));
  }

  /** A school's URN and a surgery's ODS code name one organisation in England. */
  public void requireCodeFree(OrganisationType kind, String code, Long self) {
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
            .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
            .getResultStream()
            .anyMatch(o -> !o.id().equals(self));
    if (taken) {
      throw new ConflictException("An organisation with that code is registered already.");
    }
  }

  public OrganisationEntry entry(Organisation o) {
    return entry(
        o,
        em.createQuery(
                "SELECT COUNT(a) FROM UserAccount a WHERE a.practitioner.organisation = :o",
                Long.class)
            .setParameter("o", o)
            .getSingleResult());
  }

  private static OrganisationEntry entry(Organisation o, long accounts) {
    ContactDetails contact = o.contact() == null ? new ContactDetails(null, null) : o.contact();
    return new OrganisationEntry(
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
