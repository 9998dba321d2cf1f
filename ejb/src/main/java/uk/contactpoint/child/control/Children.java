package uk.contactpoint.child.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.error.NotFoundException;

/** Finds a record by its opaque id; an unknown id is "not found", exactly like a hidden one. */
@Dependent
public class Children {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public Child get(String publicId) {
    return em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
        .setParameter("id", publicId == null ? "" : publicId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("The record"));
  }
}
