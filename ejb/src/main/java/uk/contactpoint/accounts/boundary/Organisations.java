package uk.contactpoint.accounts.boundary;

import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Accreditation of organisations by the management team: staff of an organisation get accounts
 * only after it, up to its limit; revoking it suspends all its accounts in the same act.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Duty.USER_ADMINISTRATION_ROLE})
public class Organisations {

  private static final Logger LOG = Logger.getLogger(Organisations.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditNotes audit;

  @Audited(AuditAction.ORGANISATION_ACCREDITED)
  public void accredit(long organisationId, int accountLimit) {
    audit.current().target("organisation", organisationId).detail("accountLimit", accountLimit);
    organisation(organisationId).accredit(LocalDate.now(clock), accountLimit);
    LOG.info(() -> "Organisation " + organisationId + " accredited for " + accountLimit + " accounts");
  }

  @Audited(AuditAction.ORGANISATION_ACCREDITATION_REVOKED)
  public int revokeAccreditation(long organisationId) {
    audit.current().target("organisation", organisationId);
    Organisation organisation = organisation(organisationId);
    organisation.revokeAccreditation();
    var accounts = em.createQuery("SELECT a FROM UserAccount a WHERE a.practitioner.organisation = :organisation", UserAccount.class)
        .setParameter("organisation", organisation)
        .getResultList();
    accounts.forEach(UserAccount::suspend);
    audit.current().detail("accountsSuspended", accounts.stream().map(UserAccount::username).toList());
    LOG.info(() -> "Organisation " + organisationId + " accreditation revoked; " + accounts.size() + " accounts suspended");
    return accounts.size();
  }

  /** An organisation whose staff may hold accounts, with how many of its limit are used. */
  public record AccreditedOrganisation(long id, String name, int accountLimit, long accounts) {}

  public java.util.List<AccreditedOrganisation> accredited() {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.accreditedOn IS NOT NULL ORDER BY o.name", Organisation.class)
        .getResultList().stream()
        .map(o -> new AccreditedOrganisation(o.id(), o.name(), o.accountLimit(),
            em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.practitioner.organisation = :o", Long.class)
                .setParameter("o", o).getSingleResult()))
        .toList();
  }

  private Organisation organisation(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotFoundException("The organisation");
    }
    return organisation;
  }
}
