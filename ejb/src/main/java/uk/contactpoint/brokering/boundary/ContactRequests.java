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
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.brokering.control.BrokerMail;
import uk.contactpoint.brokering.entity.ContactRequest;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;

/**
 * A practitioner asks the management team to put them in touch with those working with a shielded
 * child, or with a sensitive service (DESIGN.md rules 5 and 6); they see their own requests and how
 * each ended.
 */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
public class ContactRequests {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Children children;
  @Inject AuditNotes audit;
  @Inject BrokerMail mail;

  @Audited(AuditAction.CONTACT_REQUEST_STEP)
  public long ask(String childId, String message) {
    Child child = children.get(childId);
    audit.current().child(child).detail("step", "asked").detail("message", message);
    ContactRequest request =
        new ContactRequest(child, caller.getCallerPrincipal().getName(), clock.instant(), message);
    em.persist(request);
    em.flush();
    audit.current().target("contact-request", request.id());
    List<String> brokers =
        em
            .createQuery(
                "SELECT a FROM UserAccount a WHERE a.section = :section AND :duty MEMBER OF a.duties",
                UserAccount.class)
            .setParameter("section", child.section())
            .setParameter("duty", Duty.BROKERING)
            .getResultList()
            .stream()
            .map(
                a ->
                    a.practitioner() == null || a.practitioner().contact() == null
                        ? null
                        : a.practitioner().contact().email())
            .filter(email -> email != null && !email.isBlank())
            .toList();
    mail.requestWaiting(request.id(), brokers);
    return request.id();
  }

  /**
   * The caller's own requests, newest first: the outcome, and the service only if it was agreed to
   * share it.
   */
  public List<ContactRequestView> mine() {
    return em
        .createQuery(
            "SELECT r FROM ContactRequest r WHERE r.requestedBy = :me ORDER BY r.requestedAt DESC",
            ContactRequest.class)
        .setParameter("me", caller.getCallerPrincipal().getName())
        .setMaxResults(100)
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
                    null,
                    r.outcome() == null
                        ? (r.forwardedTo() == null ? "WAITING" : "FORWARDED")
                        : r.outcome().name(),
                    r.sharedContact()))
        .toList();
  }
}
