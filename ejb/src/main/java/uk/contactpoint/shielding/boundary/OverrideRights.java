package uk.contactpoint.shielding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.shielding.entity.OverrideRightProposal;

/**
 * Who may override a shield (DESIGN.md rule 5): the shielding duty of a section names its
 * child-protection users. The right opens a shielded child's whereabouts, so it takes two members
 * of the duty — one proposes, a different one confirms, the grantee is neither — and a proposal
 * lapses after {@link OverrideRightProposal#OPEN_FOR}. Taking the right away needs one member only:
 * it can only narrow who sees. Another section's accounts and proposals answer 404 (rule 9).
 */
@Stateless
@RolesAllowed(Duty.SHIELDING_ROLE)
public class OverrideRights {

  private static final Logger LOG = Logger.getLogger(OverrideRights.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;

  /**
   * Proposes a user of this section for the override right; nothing is granted until another member
   * confirms.
   */
  @Audited(AuditAction.OVERRIDE_RIGHT_PROPOSED)
  public OverrideProposalView propose(String username) {
    UserAccount grantee = userOfMySection(username);
    UserAccount me = me();
    if (grantee.username().equals(me.username())) {
      throw new ForbiddenException(
          "Another member of the team proposes the override right: nobody names themselves.");
    }
    if (!grantee.roles().contains(Role.PRACTITIONER)
        && !grantee.roles().contains(Role.LA_MANAGER)) {
      throw InvalidInputException.invalid(
          "username", "Only practitioners and managers open records");
    }
    if (grantee.hasOverrideRight()) {
      throw new ConflictException("This user holds the override right already.");
    }
    Instant now = clock.instant();
    if (latestProposal(grantee, me).filter(p -> p.isOpen(now)).isPresent()) {
      throw new ConflictException(
          "The override right for this user is waiting for a second member already.");
    }
    OverrideRightProposal proposal = new OverrideRightProposal(grantee, me.username(), now);
    em.persist(proposal);
    em.flush();
    audit.current().detail("proposal", proposal.id());
    LOG.info(
        () ->
            "Override right for account "
                + grantee.id()
                + " proposed (proposal "
                + proposal.id()
                + ")");
    return view(proposal, me);
  }

  /**
   * A second member confirms the open proposal for this user: the right is granted in the
   * confirmer's name.
   */
  @Audited(AuditAction.OVERRIDE_RIGHT_GRANTED)
  public void confirm(String username) {
    UserAccount me = me();
    OverrideRightProposal proposal = proposalFor(username, me);
    try {
      proposal.confirm(me.username(), clock.instant());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.invalid("username", e.getMessage());
    }
    LOG.info(
        () ->
            "Override right for account "
                + proposal.grantee().id()
                + " confirmed (proposal "
                + proposal.id()
                + ")");
  }

  /** Another member refuses the open proposal for this user, or its proposer withdraws it. */
  @Audited(AuditAction.OVERRIDE_RIGHT_REFUSED)
  public void refuse(String username) {
    UserAccount me = me();
    OverrideRightProposal proposal = proposalFor(username, me);
    audit.current().detail("outcome", proposal.refuse(me.username(), clock.instant()));
  }

  @Audited(AuditAction.OVERRIDE_RIGHT_REVOKED)
  public void revoke(String username) {
    userOfMySection(username).revokeOverride();
  }

  /**
   * This section's proposals waiting for a second member, oldest first; lapsed ones are not listed.
   */
  public List<OverrideProposalView> pendingProposals() {
    UserAccount me = me();
    return em.createQuery(
            "SELECT p FROM OverrideRightProposal p WHERE p.section = :section AND p.outcome IS NULL"
                + " AND p.expiresAt > :now ORDER BY p.proposedAt",
            OverrideRightProposal.class)
        .setParameter("section", me.section())
        .setParameter(
            "now", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
        .getResultStream()
        .map(p -> view(p, me))
        .toList();
  }

  /** The section's child-protection users who hold the override right, for the team to review. */
  public List<OverrideHolder> holders() {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.section = :section AND a.overrideGrantedBy IS NOT NULL"
                + " ORDER BY a.username",
            UserAccount.class)
        .setParameter("section", me().section())
        .getResultStream()
        .map(
            a ->
                new OverrideHolder(
                    a.username(),
                    a.practitioner().fullName(),
                    a.practitioner().jobTitle(),
                    a.overrideGrantedBy().orElse(""),
                    a.overrideGrantedAt().orElse(null)))
        .toList();
  }

  private OverrideRightProposal proposalFor(String username, UserAccount me) {
    UserAccount grantee = userOfMySection(username);
    OverrideRightProposal proposal =
        latestProposal(grantee, me)
            .orElseThrow(
                () -> new NotFoundException("A proposal of the override right for this user"));
    audit.current().detail("proposal", proposal.id()).detail("proposedBy", proposal.proposedBy());
    return proposal;
  }

  private java.util.Optional<OverrideRightProposal> latestProposal(
      UserAccount grantee, UserAccount me) {
    return em.createQuery(
            "SELECT p FROM OverrideRightProposal p WHERE p.grantee = :grantee AND p.section = :section"
                + " ORDER BY p.proposedAt DESC, p.id DESC",
            OverrideRightProposal.class)
        .setParameter("grantee", grantee)
        .setParameter("section", me.section())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Another section's account is not found, whether it exists or not (rule 9). */
  private UserAccount userOfMySection(String username) {
    UserAccount me = me();
    UserAccount user =
        accounts
            .byUsername(UserAccount.normalise(username))
            .filter(u -> scope.isOwn(me, u.section()))
            .orElseThrow(() -> new NotFoundException("The account"));
    audit.current().target("account", user.username());
    return user;
  }

  private static OverrideProposalView view(OverrideRightProposal p, UserAccount me) {
    UserAccount grantee = p.grantee();
    return new OverrideProposalView(
        p.id(),
        grantee.username(),
        grantee.practitioner().fullName(),
        grantee.practitioner().jobTitle(),
        p.proposedBy(),
        p.proposedAt(),
        p.expiresAt(),
        p.proposedBy().equals(me.username()),
        grantee.username().equals(me.username()));
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }
}
