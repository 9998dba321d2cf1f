package uk.contactpoint.brokering.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.StaffNotice;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.brokering.entity.ContactRequest;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * The brokering duty of a section's management team: its queue of contact requests, forwarding each
 * to the service or the shielded family's contact point, and recording the outcome, which the
 * requester is told (with the service's contact only if the young person agreed).
 */
@Stateless
@RolesAllowed(Duty.BROKERING_ROLE)
public class Brokering {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;

  public List<ContactRequestView> queue() {
    return em
        .createQuery(
            "SELECT r FROM ContactRequest r WHERE r.section = :section AND r.outcomeAt IS NULL ORDER BY r.requestedAt",
            ContactRequest.class)
        .setParameter("section", me().section())
        .getResultList()
        .stream()
        .map(
            r ->
                new ContactRequestView(
                    r.id(),
                    r.child().publicId(),
                    r.child().name().fullName(),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.message(),
                    r.forwardedTo(),
                    r.forwardedTo() == null ? "WAITING" : "FORWARDED",
                    null))
        .toList();
  }

  @Audited(AuditAction.CONTACT_REQUEST_STEP)
  public void forward(long reference, String to) {
    ContactRequest request = mine(reference);
    audit.current().detail("step", "forwarded").detail("to", to);
    request.forwardTo(to, me().username(), clock.instant());
  }

  @Audited(AuditAction.CONTACT_REQUEST_STEP)
  public void close(long reference, ContactRequest.Outcome outcome, String sharedContact) {
    ContactRequest request = mine(reference);
    audit
        .current()
        .detail("step", "closed")
        .detail("outcome", outcome)
        .detail("sharedContact", sharedContact);
    request.close(outcome, sharedContact, me().username(), clock.instant());
    String told =
        switch (outcome) {
          case AGREED ->
              "was agreed"
                  + (request.sharedContact() == null
                      ? ": they will contact you."
                      : ". You may contact: " + request.sharedContact() + ".");
          case DECLINED -> "was declined.";
          case NO_RESPONSE -> "had no response.";
        };
    em.persist(
        new StaffNotice(
            request.requestedBy(),
            clock.instant(),
            "Your contact request (reference " + reference + ") " + told));
  }

  private ContactRequest mine(long reference) {
    ContactRequest request = em.find(ContactRequest.class, reference);
    if (request == null) {
      throw new NotFoundException("The contact request");
    }
    audit.current().target("contact-request", reference).child(request.child());
    UserAccount me = me();
    // Another section's request answers as one that does not exist (DESIGN.md rule 9).
    scope.requireOwn(me, request.section(), "The contact request");
    return request;
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }
}
