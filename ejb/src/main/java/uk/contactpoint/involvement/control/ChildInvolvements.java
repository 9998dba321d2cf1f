package uk.contactpoint.involvement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.entity.Involvement;

/** A child's involvements, ended or not: the visibility policy decides which are shown (rule 7). */
@Dependent
public class ChildInvolvements {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public List<Involvement> of(Child child) {
    return em.createQuery("SELECT i FROM Involvement i WHERE i.child = :child", Involvement.class)
        .setParameter("child", child)
        .getResultList();
  }
}
