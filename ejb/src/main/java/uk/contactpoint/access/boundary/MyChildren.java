package uk.contactpoint.access.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import uk.contactpoint.access.control.HomeView;
import uk.contactpoint.access.control.VisibilityPolicy;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.notification.entity.Notification;
import uk.contactpoint.organisation.entity.Practitioner;

/** The practitioner's home page: the children they work with and the latest changes to them. */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
public class MyChildren {

  static final int LATEST = 20;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;

  private final VisibilityPolicy visibility = new VisibilityPolicy();

  public HomeView home() {
    Practitioner me = accounts.caller(caller.getCallerPrincipal()).practitioner();
    var mine =
        em.createQuery(
                "SELECT i FROM Involvement i WHERE i.practitioner = :me AND i.child.archivedOn IS NULL AND i.child.mergedInto IS NULL"
                    + " ORDER BY i.startDate DESC",
                Involvement.class)
            .setParameter("me", me)
            .getResultList();
    var latest =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.recipient = :me AND n.child.archivedOn IS NULL ORDER BY n.happenedAt DESC",
                Notification.class)
            .setParameter("me", me)
            .setMaxResults(LATEST)
            .getResultList();
    return visibility.homeFor(mine, latest, new VisibilityPolicy.Viewer(me, LocalDate.now(clock)));
  }
}
