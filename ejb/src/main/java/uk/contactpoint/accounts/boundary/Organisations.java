package uk.contactpoint.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.SectionScope;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Accreditation of organisations by the management team: staff of an organisation get accounts only
 * after it, up to its limit; revoking it suspends all its accounts in the same act. A section's
 * user administrator acts on its own section's organisations only; another section's answers 404.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Duty.USER_ADMINISTRATION_ROLE})
public class Organisations {

  private static final Logger LOG = Logger.getLogger(Organisations.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** "Only a few people in each organisation". */
  static final int MAX_ACCOUNTS = 500;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject AuditNotes audit;
  @Inject SectionScope scope;

  @Audited(AuditAction.ORGANISATION_ACCREDITED)
  public void accredit(long organisationId, int accountLimit) {
    audit.current().target("organisation", organisationId).detail("accountLimit", accountLimit);
    Organisation organisation = organisation(organisationId);
    if (organisation.closedOn().isPresent()) {
      throw new ConflictException("This organisation is closed.");
    }
    if (accountLimit < 1 || accountLimit > MAX_ACCOUNTS) {
      throw InvalidInputException.invalid(
          "accountLimit", "Give how many accounts it may hold, from 1 to " + MAX_ACCOUNTS);
    }
    organisation.accredit(LocalDate.now(clock), accountLimit);
    LOG.info(
        () -> "Organisation " + organisationId + " accredited for " + accountLimit + " accounts");
  }

  @Audited(AuditAction.ORGANISATION_ACCREDITATION_REVOKED)
  public int revokeAccreditation(long organisationId) {
    audit.current().target("organisation", organisationId);
    Organisation organisation = organisation(organisationId);
    organisation.revokeAccreditation();
    var accounts =
        em.createQuery(
                "SELECT a FROM UserAccount a WHERE a.practitioner.organisation = :organisation",
                UserAccount.class)
            .setParameter("organisation", organisation)
            .getResultList();
    accounts.forEach(UserAccount::suspend);
    audit
        .current()
        .detail("accountsSuspended", accounts.stream().map(UserAccount::username).toList());
    LOG.info(
        () ->
            "Organisation "
                + organisationId
                + " accreditation revoked; "
                + accounts.size()
                + " accounts suspended");
    return accounts.size();
  }

  /** An organisation whose staff may hold accounts, with how many of its limit are used. */
  public record AccreditedOrganisation(long id, String name, int accountLimit, long accounts) {}

  /** The accredited organisations of the caller's section (every one, for a national operator). */
  public java.util.List<AccreditedOrganisation> accredited() {
    var section = scope.of(caller);
    var query =
        em.createQuery(
            "SELECT o FROM Organisation o WHERE o.accreditedOn IS NOT NULL"
                + (section.isPresent() ? " AND o.section = :section" : "")
                + " ORDER BY o.name",
            Organisation.class);
    section.ifPresent(s -> query.setParameter("section", s));
    return query.getResultList().stream()
        .map(
            o ->
                new AccreditedOrganisation(
                    o.id(),
                    o.name(),
                    o.accountLimit(),
                    em.createQuery(
                            "SELECT COUNT(a) FROM UserAccount a WHERE a.practitioner.organisation = :o",
                            Long.class)
                        .setParameter("o", o)
                        .getSingleResult()))
        .toList();
  }

  private Organisation organisation(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotFoundException("The organisation");
    }
    // A section's user administrator accredits its own section's organisations only (rule 9).
    scope.requireWithin(caller, organisation.section(), "The organisation");
    return organisation;
  }
}
