package uk.contactpoint.involvement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.notification.entity.Notification;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.Practitioner;

/**
 * Tells those working with a child what another practitioner or service did on its record
 * (DESIGN.md rule 7): joined, ended, took the lead. The same whether the act came from the
 * practitioner on a screen or from a source system's feed. Nothing a sensitive service does is
 * told: it would name the service (rule 6).
 */
@Dependent
public class InvolvementNews {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;

  /**
   * Every practitioner still working with the child, other than the one who acted, is told. {@code
   * actor} may be null where a feed named only the organisation.
   */
  public void tell(
      Child child,
      List<Involvement> involvements,
      Organisation organisation,
      Practitioner actor,
      Notification.Kind kind) {
    if (organisation.isSensitive()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    involvements.stream()
        .filter(i -> i.isActiveOn(today))
        .flatMap(i -> i.practitioner().stream())
        .filter(p -> actor == null || !p.id().equals(actor.id()))
        .distinct()
        .forEach(
            recipient ->
                em.persist(
                    new Notification(
                        recipient, child, kind, organisation, actor, clock.instant())));
  }
}
