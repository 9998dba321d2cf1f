package uk.contactpoint.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.ActivationCodes;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.control.Settings;
import uk.contactpoint.shared.entity.ContactDetails;

/**
 * The first operator of a new installation. With CP_BOOTSTRAP_ADMIN=<username> and no operator yet,
 * opens an ADMIN account in the national section (E92000001, England) and logs its one-time
 * activation code; the operator activates it at /activate.xhtml and then opens every other account
 * through user administration. Does nothing once an operator exists.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigration")
public class AdminBootstrap {

  static final String NATIONAL_SECTION = "E92000001";
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject AuditTrail trail;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;

  @PostConstruct
  void openFirstOperatorWhenAsked() {
    String username = Settings.get("CP_BOOTSTRAP_ADMIN").orElse(null);
    if (username == null || operatorExists()) {
      return;
    }
    LocalAuthoritySection national =
        em.createQuery(
                "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
                LocalAuthoritySection.class)
            .setParameter("code", NATIONAL_SECTION)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> persist(new LocalAuthoritySection(NATIONAL_SECTION, "England (national)")));
    Organisation operations =
        persist(
            new Organisation(
                null,
                "ContactPoint Service Operations",
                OrganisationType.OTHER_SERVICE,
                SensitiveCategory.NONE,
                new ContactDetails(null, null),
                null,
                national));
    operations.accredit(LocalDate.now(clock), 10);
    Practitioner person =
        persist(
            new Practitioner(
                username, "Service operator", operations, new ContactDetails(null, null)));
    String code = ActivationCodes.newCode();
    UserAccount account =
        new UserAccount(
            username,
            person,
            national,
            EnumSet.of(Role.ADMIN),
            Set.of(),
            SecretHasher.digest(code),
            clock.instant());
    // The operator's own clearance is recorded by the installation, as their organisation's
    // vetting.
    account.recordVetting(LocalDate.now(clock));
    account.recordTraining(LocalDate.now(clock));
    account.recordAgreementSigned(LocalDate.now(clock));
    em.persist(account);
    trail.record(
        new AuditNote(AuditAction.ACCOUNT_OPENED)
            .target("account", account.username())
            .detail("how", "CP_BOOTSTRAP_ADMIN at start-up"),
        AuditOutcome.SUCCESS);
    LOG.warning(
        "First operator account '"
            + account.username()
            + "' opened. Activate it within 72 hours at "
            + "https://<host>:8443/activate.xhtml with the one-time code "
            + code);
  }

  private boolean operatorExists() {
    return !em.createQuery(
            "SELECT a FROM UserAccount a JOIN a.roles r WHERE r = :admin", UserAccount.class)
        .setParameter("admin", Role.ADMIN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
