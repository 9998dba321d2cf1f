package uk.contactpoint.shielding.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shielding.entity.ShieldRequest;

/**
 * A practitioner asks the child's management team to shield a record (the leaflet: "in most
 * cases").
 */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
public class ShieldRequests {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Children children;
  @Inject AuditNotes audit;

  /** Returns the request's reference, which the requester is told the decision by. */
  @Audited(AuditAction.SHIELD_REQUESTED)
  public long request(String childId, String reason) {
    Child child = children.get(childId);
    audit.current().child(child).detail("reason", reason);
    if (child.isShielded()) {
      throw new ConflictException("This record is already shielded.");
    }
    ShieldRequest request =
        new ShieldRequest(child, caller.getCallerPrincipal().getName(), clock.instant(), reason);
    em.persist(request);
    em.flush();
    audit.current().target("shield-request", request.id());
    return request.id();
  }
}
