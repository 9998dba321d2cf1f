package uk.contactpoint.matching.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Native SQL as matching sends it: positional parameters, dates as SQL dates, rows as arrays. */
final class NativeRows {

  private NativeRows() {}

  static LocalDate asDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object[]> rows(EntityManager em, String sql, List<Object> parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      query.setParameter(
          i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
    }
    return query.getResultList();
  }

  static String marks(Collection<?> values) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(values.size(), 1), "?"));
  }
}
