package uk.contactpoint.child.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.control.FetchHints;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Finds records by their opaque id (an unknown id is "not found", exactly like a hidden one), with
 * their section in the same statement: every caller asks for it (the section check, rule 9), and
 * without weaving a to-one relation is otherwise a statement of its own. The school and the GP
 * surgery too, which every record shows.
 */
@Dependent
public class Children {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * A live record: a merged or archived one is answered as not found, like any record no longer
   * there.
   */
  public Child get(String publicId) {
    return one(
        "SELECT c FROM Child c JOIN FETCH c.section WHERE c.publicId = :id AND c.mergedInto IS NULL AND c.archivedOn IS NULL",
        publicId);
  }

  /**
   * Archived records too, for the one door that asks the visibility policy whether the caller may
   * still see them.
   */
  public Child getEvenArchived(String publicId) {
    return one(
        "SELECT c FROM Child c JOIN FETCH c.section WHERE c.publicId = :id AND c.mergedInto IS NULL",
        publicId);
  }

  private Child one(String query, String publicId) {
    return em.createQuery(query, Child.class)
        .setParameter("id", publicId == null ? "" : publicId)
        .setHint(FetchHints.LEFT_JOIN_FETCH, "c.school.school")
        .setHint(FetchHints.LEFT_JOIN_FETCH, "c.school.school.section")
        .setHint(FetchHints.LEFT_JOIN_FETCH, "c.gp.surgery")
        .setHint(FetchHints.LEFT_JOIN_FETCH, "c.gp.surgery.section")
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("The record"));
  }

  /**
   * Whether a shielded parent/carer lives at the child's address (rule 5): then the child's
   * address, school and GP are withheld like the carer's own contact.
   */
  public boolean livesWithAShieldedCarer(Child child) {
    var address = child.address();
    if (address == null || address.postcode().isEmpty() || address.lines().isEmpty()) {
      return false;
    }
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM parent_carer WHERE shielded = TRUE AND postcode = ? AND address_line1 = ?")
                    .setParameter(1, address.postcode().get())
                    .setParameter(2, address.lines().get(0))
                    .getSingleResult())
            .longValue()
        > 0;
  }
}
