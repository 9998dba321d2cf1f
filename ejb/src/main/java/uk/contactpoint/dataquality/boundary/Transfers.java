package uk.contactpoint.dataquality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.child.entity.ChildTransfer;
import uk.contactpoint.dataquality.control.DataQualityTeam;

/** Children a feed moved between local authorities, for the data-quality teams of both sections. */
@Stateless
@RolesAllowed(Duty.DATA_QUALITY_ROLE)
public class Transfers {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject DataQualityTeam team;

  public record Transfer(
      String childId, String name, String from, String to, String source, Instant at)
      implements Serializable {}

  /** Children moved into or out of the caller's section (both teams see a move). */
  public List<Transfer> transfers() {
    UserAccount me = me();
    return em.createQuery(
            "SELECT t FROM ChildTransfer t WHERE t.from = :section OR t.to = :section ORDER BY t.transferredAt DESC",
            ChildTransfer.class)
        .setParameter("section", me.section())
        .setMaxResults(200)
        .getResultStream()
        // A shielded child's move is its own team's business: the other team sees that a record
        // moved, not whose.
        .map(
            t ->
                new Transfer(
                    t.child().isShielded() && !t.to().id().equals(me.section().id())
                        ? null
                        : t.child().publicId(),
                    t.child().isShielded() && !t.to().id().equals(me.section().id())
                        ? "A shielded record"
                        : t.child().name().fullName(),
                    t.from().name(),
                    t.to().name(),
                    t.source(),
                    t.transferredAt()))
        .toList();
  }

  private UserAccount me() {
    return team.member(caller);
  }
}
