package uk.contactpoint.shared.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One run of a scheduled job across the cluster: every node's timer fires, the first to move the
 * job's lock row forward runs it, the others skip. The row is taken with one conditional UPDATE, so
 * two nodes can never both win.
 *
 * <p>Each attempt is logged at FINE (category {@code uk.contactpoint.shared.control.JobLock}), so
 * an operator of a cluster can see in the nodes' logs which node ran a job and which skipped it
 * (bench/two_nodes.sh turns it on).
 */
@Dependent
public class JobLock {

  private static final Logger LOG = Logger.getLogger(JobLock.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public boolean acquire(String job, Instant now, Duration holdFor) {
    boolean taken =
        em.createNativeQuery(
                    "UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_until < ?")
                .setParameter(1, Timestamp.from(now.plus(holdFor)))
                .setParameter(2, job)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate()
            == 1;
    LOG.fine(
        () -> "Job " + job + (taken ? ": lock taken, this node runs it" : ": lock held, skipped"));
    return taken;
  }

  /** Runs the job if this node takes its lock; answers whether it ran. */
  public boolean runOnce(String job, Instant now, Duration holdFor, Runnable work) {
    if (!acquire(job, now, holdFor)) {
      return false;
    }
    work.run();
    return true;
  }
}
