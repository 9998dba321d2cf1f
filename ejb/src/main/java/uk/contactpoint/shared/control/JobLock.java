package uk.contactpoint.shared.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of a scheduled job across the cluster: every node's timer fires, the first to move
 * the job's lock row forward runs it, the others skip. The row is taken with one conditional
 * UPDATE, so two nodes can never both win.
 */
@Dependent
public class JobLock {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public boolean acquire(String job, Instant now, Duration holdFor) {
    return em.createNativeQuery("UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_until < ?")
        .setParameter(1, Timestamp.from(now.plus(holdFor)))
        .setParameter(2, job)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate() == 1;
  }
}
