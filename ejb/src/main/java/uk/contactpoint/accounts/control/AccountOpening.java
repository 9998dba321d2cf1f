package uk.contactpoint.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * What opening an account reads (DESIGN.md rule 1): the section it is opened in, and the person's
 * organisation, which must be accredited and below its limit of accounts, since accounts exist only
 * for staff of accredited organisations. Whether the caller may open it there (rule 9) is the
 * boundary's to decide.
 */
@Dependent
public class AccountOpening {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** The section of this code, named in the answer as a wrong field when there is none. */
  public LocalAuthoritySection section(String code) {
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", code == null ? "" : code)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.invalid("sectionCode", "There is no section with that code"));
  }

  /** The organisation the person works for, accredited today and with room for one more account. */
  public Organisation accreditedEmployer(long organisationId, LocalDate today) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw InvalidInputException.invalid(
          "organisationId", "There is no organisation with that id");
    }
    if (!organisation.isAccreditedOn(today)) {
      throw new ConflictException(
          "The organisation is not accredited: accredit it before its staff get accounts.");
    }
    if (accountsOf(organisation) >= organisation.accountLimit()) {
      throw new ConflictException(
          "The organisation already holds its limit of "
              + organisation.accountLimit()
              + " accounts.");
    }
    return organisation;
  }

  /** Its accounts that count against its limit: every one not disabled. */
  private long accountsOf(Organisation organisation) {
    return em.createQuery(
            "SELECT COUNT(a) FROM UserAccount a WHERE a.practitioner.organisation = :organisation AND a.status <> :disabled",
            Long.class)
        .setParameter("organisation", organisation)
        .setParameter("disabled", AccountStatus.DISABLED)
        .getSingleResult();
  }
}
