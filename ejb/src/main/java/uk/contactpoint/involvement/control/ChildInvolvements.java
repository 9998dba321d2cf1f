package uk.contactpoint.involvement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.shared.control.FetchHints;

/**
 * A child's involvements, ended or not: the visibility policy decides which are shown (rule 7).
 * Read with their organisations, the organisations' sections and the practitioners in one
 * statement: without weaving each of those to-one relations would be a statement per involvement,
 * and a record access reads them all.
 */
@Dependent
public class ChildInvolvements {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public List<Involvement> of(Child child) {
    return em.createQuery("SELECT i FROM Involvement i WHERE i.child = :child", Involvement.class)
        .setParameter("child", child)
        .setHint(FetchHints.JOIN_FETCH, "i.organisation")
        .setHint(FetchHints.LEFT_JOIN_FETCH, "i.organisation.section")
        .setHint(FetchHints.LEFT_JOIN_FETCH, "i.practitioner")
        .getResultList();
  }
}
