package uk.contactpoint.involvement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
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
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.control.ChildInvolvements;
import uk.contactpoint.involvement.control.InvolvementNews;
import uk.contactpoint.involvement.entity.ConsentBasis;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.involvement.entity.LeadChange;
import uk.contactpoint.notification.entity.Notification;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * A practitioner's own involvement with a child: adding it (organisation and contact details come
 * from their account), ending it, holding the lead, recording a CAF. Nobody changes anyone else's
 * involvement; one lead professional at a time, taken over only explicitly.
 */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
public class Involvements {

  /** Facts a practitioner records carry this source, beside the feeds' own codes. */
  public static final String SOURCE = "PRACTITIONER";

  private static final Logger LOG = Logger.getLogger(Involvements.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject ChildInvolvements childInvolvements;
  @Inject AuditNotes audit;
  @Inject InvolvementNews news;

  @Audited(AuditAction.INVOLVEMENT_ADDED)
  public long add(
      String childId,
      String role,
      LocalDate startDate,
      boolean lead,
      boolean takeOverLead,
      ConsentBasis consentBasis,
      String consentNote) {
    UserAccount me = me();
    Child child = child(childId);
    audit
        .current()
        .child(child)
        .detail("role", role)
        .detail("startDate", startDate)
        .detail("lead", lead);
    LocalDate today = LocalDate.now(clock);
    if (startDate == null || startDate.isAfter(today)) {
      throw InvalidInputException.invalid(
          "startDate", "Enter the date you started working with the child, today or earlier");
    }
    if (startDate.isBefore(child.birthDate())) {
      throw InvalidInputException.invalid(
          "startDate", "Enter a date on or after the child's date of birth");
    }
    List<Involvement> all = childInvolvements.of(child);
    if (all.stream().anyMatch(i -> mine(i, me) && i.endDate().isEmpty())) {
      throw new ConflictException("You are already recorded as working with this child.");
    }
    Involvement involvement;
    try {
      involvement =
          new Involvement(
              child,
              me.practitioner().organisation(),
              me.practitioner(),
              role,
              startDate,
              provenance());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.invalid("role", e.getMessage());
    }
    boolean sensitive = me.practitioner().organisation().isSensitive();
    if (sensitive) {
      // Rule 6: a sensitive service is held only on a recorded basis; otherwise nothing is stored.
      try {
        involvement.recordConsent(consentBasis, consentNote, today);
      } catch (IllegalArgumentException e) {
        String field = e.getMessage().substring(0, e.getMessage().indexOf(':'));
        throw InvalidInputException.invalid(field, e.getMessage().substring(field.length() + 2));
      }
      audit.current().detail("consentBasis", consentBasis).detail("consentNote", consentNote);
    }
    em.persist(involvement);
    if (lead) {
      claimLead(involvement, all, takeOverLead);
    }
    tellOthers(child, all, me.practitioner(), Notification.Kind.JOINED);
    em.flush();
    audit.current().target("involvement", involvement.id());
    LOG.info(() -> "Involvement " + involvement.id() + " added to record " + child.id());
    return involvement.id();
  }

  /**
   * The young person (or parent) withdrew consent: the sensitive service's involvement is removed,
   * not ended, so no trace of it stays on the record. Only the service's own practitioner does it.
   */
  @Audited(AuditAction.SENSITIVE_CONSENT_WITHDRAWN)
  public void withdrawConsent(String childId, long involvementId) {
    Involvement involvement = own(childId, involvementId);
    if (!involvement.organisation().isSensitive()) {
      throw new ConflictException(
          "Consent is recorded only for sensitive services; end the involvement instead.");
    }
    em.createQuery("DELETE FROM Notification n WHERE n.child = :child AND n.actor = :actor")
        .setParameter("child", involvement.child())
        .setParameter("actor", involvement.practitioner().orElse(null))
        .executeUpdate();
    em.remove(involvement);
    LOG.info(() -> "Involvement " + involvementId + " removed: consent withdrawn");
  }

  @Audited(AuditAction.INVOLVEMENT_ENDED)
  public void end(String childId, long involvementId, LocalDate endDate) {
    Involvement involvement = own(childId, involvementId);
    if (endDate == null || endDate.isAfter(LocalDate.now(clock))) {
      throw InvalidInputException.invalid(
          "endDate", "Enter the date you stopped, today or earlier");
    }
    try {
      audit
          .current()
          .change(
              java.util.Map.of("endDate", "none"),
              java.util.Map.of("endDate", String.valueOf(endDate)));
      involvement.endOn(endDate, provenance());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw InvalidInputException.invalid("endDate", e.getMessage());
    }
    tellOthers(
        involvement.child(),
        childInvolvements.of(involvement.child()),
        me().practitioner(),
        Notification.Kind.ENDED);
  }

  @Audited(AuditAction.LEAD_TAKEN)
  public void takeLead(String childId, long involvementId, boolean takeOverLead) {
    Involvement involvement = own(childId, involvementId);
    claimLead(involvement, childInvolvements.of(involvement.child()), takeOverLead);
  }

  /**
   * The caller holds a CAF for the child (the fact only, never the assessment). A CAF recorded as
   * held by someone else is taken over only explicitly, as the lead is; the previous holder is
   * told. A sensitive service cannot take one over: telling the holder would name it (rule 6).
   */
  @Audited(AuditAction.CAF_RECORDED)
  public void recordCaf(String childId, boolean takeOver) {
    Child child = child(childId);
    Practitioner me = me().practitioner();
    audit.current().child(child);
    Optional<Practitioner> previous =
        child.caf().map(c -> c.holder()).filter(holder -> !holder.id().equals(me.id()));
    if (previous.isPresent()) {
      if (!takeOver) {
        throw new ConflictException(
            "Another practitioner is recorded as holding the CAF. Agree the change with them, then take it over.");
      }
      if (me.organisation().isSensitive()) {
        throw new ConflictException(
            "A sensitive service is not named to other practitioners, so it cannot take over a CAF held by"
                + " someone else. Ask the management team to broker contact with the holder instead.");
      }
      audit
          .current()
          .change(
              java.util.Map.of("holder", "practitioner:" + previous.get().id()),
              java.util.Map.of("holder", "practitioner:" + me.id()));
      em.persist(
          new Notification(previous.get(), child, Notification.Kind.TOOK_CAF, me, clock.instant()));
    }
    child.recordCafHeldBy(me, provenance());
  }

  private void claimLead(Involvement mine, List<Involvement> all, boolean takeOverLead) {
    if (mine.organisation().isSensitive()) {
      // The lead is named to everyone on the record, and the previous lead is told who took over:
      // a sensitive service is never named to practitioners (rule 6), so it cannot hold the lead.
      throw new ConflictException(
          "A sensitive service is not named to other practitioners, so it cannot be the lead professional."
              + " Ask the management team to broker contact with the lead instead.");
    }
    var current =
        all.stream().filter(i -> i.isLeadProfessional() && !i.id().equals(mine.id())).toList();
    if (!current.isEmpty() && !takeOverLead) {
      throw new ConflictException(
          "Someone else is lead professional. Agree the change with them, then take over the lead.");
    }
    current.forEach(
        previous -> {
          previous.stepDownAsLead(provenance());
          if (previous.practitioner().isPresent() && mine.practitioner().isPresent()) {
            em.persist(
                new LeadChange(
                    mine.child(),
                    previous.practitioner().get(),
                    mine.practitioner().get(),
                    clock.instant()));
          }
          LOG.info(
              () ->
                  "Lead professional of record "
                      + mine.child().id()
                      + " taken over from involvement "
                      + previous.id());
        });
    mine.becomeLeadProfessional(provenance());
    // Everyone working with the child is told, the previous lead among them.
    mine.practitioner()
        .ifPresent(me -> tellOthers(mine.child(), all, me, Notification.Kind.TOOK_LEAD));
  }

  private Involvement own(String childId, long involvementId) {
    Child child = child(childId);
    Involvement involvement = em.find(Involvement.class, involvementId);
    if (involvement == null || !involvement.child().id().equals(child.id())) {
      throw new NotFoundException("The involvement");
    }
    if (!mine(involvement, me())) {
      throw new ForbiddenException("You can only change your own involvement.");
    }
    return involvement;
  }

  /** Tells every other practitioner still working with the child what this one did. */
  private void tellOthers(
      Child child, List<Involvement> involvements, Practitioner actor, Notification.Kind kind) {
    news.tell(child, involvements, actor.organisation(), actor, kind);
  }

  private static boolean mine(Involvement involvement, UserAccount me) {
    return involvement.practitioner().map(p -> p.id().equals(me.practitioner().id())).orElse(false);
  }

  /** A shielded record takes no involvements from practitioners: it is "not found" to them. */
  private Child child(String publicId) {
    Child child = children.get(publicId);
    if (child.isShielded()) {
      throw new NotFoundException("The record");
    }
    return child;
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }

  private Provenance provenance() {
    return new Provenance(SOURCE, clock.instant());
  }
}
