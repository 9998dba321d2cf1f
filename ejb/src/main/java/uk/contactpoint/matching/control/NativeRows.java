package uk.contactpoint.matching.control;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uk.contactpoint.shared.control.PlainSql;

/**
 * Native SQL as matching sends it for a set of records: positional parameters, dates as SQL dates,
 * rows as arrays, on the transaction's own connection ({@link PlainSql}; callers flush once before
 * their reads). Through JDBC rather than a native query: EclipseLink looks each positional
 * parameter up in a list of all of them, so a set's statement of a thousand or more parameters cost
 * WildFly more than the database's whole answer.
 */
final class NativeRows {

  private NativeRows() {}

  static LocalDate asDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  static List<Object[]> rows(EntityManager em, String sql, List<Object> parameters) {
    return PlainSql.run(
        em,
        "matching's read",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              Object value = parameters.get(i);
              statement.setObject(
                  i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
              int columns = result.getMetaData().getColumnCount();
              while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                  row[c] = result.getObject(c + 1);
                }
                rows.add(row);
              }
            }
            return rows;
          }
        });
  }

  static String marks(Collection<?> values) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(values.size(), 1), "?"));
  }
}
