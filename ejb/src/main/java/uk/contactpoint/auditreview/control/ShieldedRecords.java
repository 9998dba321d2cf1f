package uk.contactpoint.auditreview.control;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which of the records that audit entries name are shielded now: an entry written before a shield
 * still holds a shielded child's values, and readers of the trail (its search, the data protection
 * officer's reports) withhold them outside the child's team (DESIGN.md rule 5).
 */
public final class ShieldedRecords {

  private static final int CHUNK = 500;

  private ShieldedRecords() {}

  public static Set<String> among(EntityManager em, Collection<String> childRefs) {
    List<String> refs = childRefs.stream().filter(Objects::nonNull).distinct().toList();
    Set<String> shielded = new HashSet<>();
    for (int from = 0; from < refs.size(); from += CHUNK) {
      shielded.addAll(
          em.createQuery(
                  "SELECT c.publicId FROM Child c WHERE c.publicId IN :refs AND c.shielded = TRUE",
                  String.class)
              .setParameter("refs", refs.subList(from, Math.min(refs.size(), from + CHUNK)))
              .getResultList());
    }
    return shielded;
  }
}
