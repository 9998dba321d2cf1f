package uk.contactpoint.shared.control;

import java.time.LocalDate;

/** A day read from a native query: drivers answer DATE and TIMESTAMP columns as different types. */
public final class SqlDates {

  private SqlDates() {}

  public static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date sql) {
      return sql.toLocalDate();
    }
    if (value instanceof LocalDate local) {
      return local;
    }
    if (value instanceof java.sql.Timestamp stamp) {
      return stamp.toLocalDateTime().toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
