package uk.contactpoint.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC on the persistence context's own connection, so inside its transaction, for the few
 * paths where EclipseLink's per-statement work costs more than the database's answer (the audit's
 * append, matching's set reads). What the persistence context holds unwritten is not seen: callers
 * flush first where it matters.
 */
public final class PlainSql {

  /** Statements on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  private PlainSql() {}

  /**
   * Runs {@code work}; a failure is a {@link PersistenceException} naming {@code what} failed and
   * the SQL state only: the driver's own message may quote the values written, which may be
   * personal data, and it would reach the log.
   */
  public static <T> T run(EntityManager em, String what, Work<T> work) {
    try {
      return work.on(em.unwrap(Connection.class));
    } catch (SQLException failed) {
      throw new PersistenceException(what + " failed (SQL state " + failed.getSQLState() + ")");
    }
  }
}
