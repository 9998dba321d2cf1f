package uk.contactpoint.shared.control;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as the log may hold it: every exception of the chain (causes and suppressed ones) by
 * its class, its stack trace and, for a database's, its SQL state — never its message. Messages
 * carry values: the database's "value too long" quotes the start of the row (a child's name and
 * date of birth), and EclipseLink's name the object it wrote ({@code InsertObjectQuery(…)}) and the
 * statement. Log ids, not people (DESIGN.md): log {@code LoggedFailure.of(failure)}, not the
 * failure.
 */
public final class LoggedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 25;

  private LoggedFailure(String description, Throwable cause) {
    super(description, cause, true, true);
  }

  public static Throwable of(Throwable failure) {
    if (failure == null) {
      return null;
    }
    return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
  }

  private static LoggedFailure copy(Throwable failure, Set<Throwable> seen, int depth) {
    seen.add(failure);
    Throwable cause = failure.getCause();
    LoggedFailure copiedCause =
        cause != null && depth < MAX_DEPTH && !seen.contains(cause)
            ? copy(cause, seen, depth + 1)
            : null;
    LoggedFailure copy = new LoggedFailure(describe(failure), copiedCause);
    copy.setStackTrace(failure.getStackTrace());
    for (Throwable suppressed : failure.getSuppressed()) {
      if (depth < MAX_DEPTH && !seen.contains(suppressed)) {
        copy.addSuppressed(copy(suppressed, seen, depth + 1));
      }
    }
    return copy;
  }

  private static String describe(Throwable failure) {
    String description = failure.getClass().getName();
    if (failure instanceof SQLException sql) {
      description += " (SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")";
    }
    return description + " (message withheld: it may hold values)";
  }
}
