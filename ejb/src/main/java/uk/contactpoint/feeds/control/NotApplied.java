package uk.contactpoint.feeds.control;

import jakarta.ejb.ApplicationException;

/**
 * The database refused a record's writes (a constraint, another source's change to the same child
 * first): its transaction rolls back and the dispatcher applies the records again one at a time, or
 * rejects the one record. Expected in service, so not the container's logged failure; it carries
 * the kind of failure only, since the database's message may quote the values.
 */
@ApplicationException(rollback = true)
public class NotApplied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NotApplied(Throwable failure) {
    super(kindOf(failure), null, false, false);
  }

  private static String kindOf(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String state =
        cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
            ? " (SQL state " + sql.getSQLState() + ")"
            : "";
    return cause.getClass().getSimpleName() + state;
  }
}
