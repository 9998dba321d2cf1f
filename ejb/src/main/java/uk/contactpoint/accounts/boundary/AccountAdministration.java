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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.AccountOpening;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.control.ActivationCodes;
import uk.contactpoint.accounts.control.ClearanceDates;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * User administration: opening accounts (for staff of accredited organisations, within their
 * limit), disabling, unlocking, resetting tokens and recording vetting, training and the signed
 * agreement. Operators (ADMIN) administer every section; a management-team member with the
 * user-administration duty administers practitioner and manager accounts of their own section only.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Duty.USER_ADMINISTRATION_ROLE})
public class AccountAdministration {

  private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());
  private static final Set<Role> GRANTED_BY_SECTION_ADMINS =
      EnumSet.of(Role.PRACTITIONER, Role.LA_MANAGER);

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject AccountOpening opening;
  @Inject AuditNotes audit;
  @Inject uk.contactpoint.accounts.control.ActivationMail activationMail;

  @Audited(AuditAction.ACCOUNT_OPENED)
  public IssuedCode open(NewAccount request) {
    audit
        .current()
        .target("account", UserAccount.normalise(request.username()))
        .detail("roles", request.roles())
        .detail("duties", request.duties())
        .detail("section", request.sectionCode())
        .detail("organisationId", request.organisationId())
        .detail("fullName", request.fullName());
    if (request.roles() == null || request.roles().isEmpty()) {
      throw InvalidInputException.invalid("roles", "Give the account at least one role");
    }
    if (request.organisationId() == null) {
      throw InvalidInputException.invalid(
          "organisationId", "Choose the organisation the person works for");
    }
    LocalAuthoritySection section = opening.section(request.sectionCode());
    requireMayAdminister(section);
    if (!caller.isCallerInRole(Role.ADMIN_NAME)
        && !GRANTED_BY_SECTION_ADMINS.containsAll(request.roles())) {
      throw new ForbiddenException("Only operators grant the ADMIN and AUDITOR roles.");
    }
    Organisation organisation =
        opening.accreditedEmployer(
            request.organisationId(), clock.instant().atZone(clock.getZone()).toLocalDate());
    String username = UserAccount.normalise(request.username());
    if (find(username) != null) {
      throw new ConflictException("That username is taken.");
    }
    ClearanceDates.requireHappened(
        request.vettedOn(), request.trainedOn(), request.agreementSignedOn(), LocalDate.now(clock));
    String code = ActivationCodes.newCode();
    UserAccount account;
    try {
      Practitioner person =
          new Practitioner(
              request.fullName(),
              request.jobTitle(),
              organisation,
              new ContactDetails(request.phone(), request.email()));
      account =
          new UserAccount(
              username,
              person,
              section,
              request.roles(),
              request.duties() == null ? Set.of() : request.duties(),
              SecretHasher.digest(code),
              clock.instant());
      em.persist(person);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw InvalidInputException.invalid("account", e.getMessage());
    }
    account.recordVetting(request.vettedOn());
    account.recordTraining(request.trainedOn());
    account.recordAgreementSigned(request.agreementSignedOn());
    em.persist(account);
    LOG.info(() -> "Account opened by " + caller.getCallerPrincipal().getName());
    return new IssuedCode(username, code, account.activationExpiresAt());
  }

  public List<AccountSummary> list() {
    String jpql =
        caller.isCallerInRole(Role.ADMIN_NAME)
            ? "SELECT a FROM UserAccount a ORDER BY a.username"
            : "SELECT a FROM UserAccount a WHERE a.section = :section ORDER BY a.username";
    var query = em.createQuery(jpql, UserAccount.class);
    if (!caller.isCallerInRole(Role.ADMIN_NAME)) {
      query.setParameter("section", callerAccount().section());
    }
    return query.getResultList().stream().map(AccountSummary::of).toList();
  }

  public AccountSummary get(String username) {
    return AccountSummary.of(mayAdminister(username));
  }

  @Audited(AuditAction.ACCOUNT_DISABLED)
  public AccountSummary disable(String username) {
    UserAccount account = administered(username);
    account.disable();
    return AccountSummary.of(account);
  }

  @Audited(AuditAction.ACCOUNT_ENABLED)
  public AccountSummary enable(String username) {
    UserAccount account = administered(username);
    account.enable();
    return AccountSummary.of(account);
  }

  @Audited(AuditAction.ACCOUNT_UNLOCKED)
  public AccountSummary unlock(String username) {
    UserAccount account = administered(username);
    account.unlock();
    return AccountSummary.of(account);
  }

  /**
   * A lost or replaced token: the holder activates again with a new code, which goes to the
   * holder's own work e-mail, never to the administrator (who could otherwise take the account
   * over). Not for a suspended account (an investigation is open: resetting would lift the
   * suspension) nor a disabled one.
   */
  @Audited(AuditAction.ACCOUNT_TOKEN_RESET)
  public IssuedCode resetToken(String username) {
    UserAccount account = administered(username);
    if (account.status() == AccountStatus.SUSPENDED || account.status() == AccountStatus.DISABLED) {
      throw new ConflictException(
          "The account is "
              + (account.status() == AccountStatus.SUSPENDED ? "suspended" : "disabled")
              + ": its token cannot be reset. "
              + (account.status() == AccountStatus.SUSPENDED
                  ? "A suspension is lifted when its investigation closes."
                  : "Enable the account first."));
    }
    String email =
        account.practitioner() == null || account.practitioner().contact() == null
            ? null
            : account.practitioner().contact().email();
    if (email == null) {
      throw new ConflictException(
          "No work e-mail address is recorded for this account: the new activation code goes only to the holder.");
    }
    String code = ActivationCodes.newCode();
    account.resetToken(SecretHasher.digest(code), clock.instant());
    activationMail.sendCode(
        account.id(), email, account.username(), code, account.activationExpiresAt());
    audit.current().detail("codeSentTo", "the holder's work e-mail");
    return new IssuedCode(account.username(), null, account.activationExpiresAt());
  }

  @Audited(AuditAction.ACCOUNT_CLEARANCE_RECORDED)
  public AccountSummary recordClearance(
      String username, LocalDate vettedOn, LocalDate trainedOn, LocalDate agreementSignedOn) {
    UserAccount account = administered(username);
    audit
        .current()
        .change(
            ClearanceDates.auditValues(
                account.vettedOn(), account.trainedOn(), account.agreementSignedOn()),
            ClearanceDates.auditValues(vettedOn, trainedOn, agreementSignedOn));
    ClearanceDates.requireHappened(vettedOn, trainedOn, agreementSignedOn, LocalDate.now(clock));
    account.recordVetting(vettedOn);
    account.recordTraining(trainedOn);
    account.recordAgreementSigned(agreementSignedOn);
    return AccountSummary.of(account);
  }

  /** The account an audited act is about: named in the act's audit event, then checked. */
  private UserAccount administered(String username) {
    audit.current().target("account", UserAccount.normalise(username));
    return mayAdminister(username);
  }

  private UserAccount mayAdminister(String username) {
    UserAccount account = find(UserAccount.normalise(username));
    if (account == null) {
      throw new NotFoundException("The account");
    }
    requireMayAdminister(account.section());
    if (!caller.isCallerInRole(Role.ADMIN_NAME)
        && !GRANTED_BY_SECTION_ADMINS.containsAll(account.roles())) {
      throw new ForbiddenException("Only operators administer operator and auditor accounts.");
    }
    return account;
  }

  private void requireMayAdminister(LocalAuthoritySection section) {
    if (!caller.isCallerInRole(Role.ADMIN_NAME)
        && !callerAccount().section().code().equals(section.code())) {
      throw new ForbiddenException("You administer the accounts of your own section only.");
    }
  }

  private UserAccount callerAccount() {
    UserAccount account = find(UserAccount.normalise(caller.getCallerPrincipal().getName()));
    if (account == null) {
      throw new ForbiddenException("Your account was not found.");
    }
    return account;
  }

  private UserAccount find(String username) {
    return accounts.byUsername(username).orElse(null);
  }
}
