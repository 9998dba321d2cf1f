package uk.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import uk.contactpoint.section.entity.LocalAuthoritySection;

/**
 * Ids for the entries {@link ChainAppends} writes without EclipseLink, drawn from the sequence
 * every entity's id comes from, a step of {@value LocalAuthoritySection#IDS_PER_SEQUENCE_STEP} at a
 * time as EclipseLink draws them, so that the two never hand out the same id: one draw for every
 * fifty entries.
 */
@ApplicationScoped
public class AuditEntryIds {

  private long next = 1;
  private long last;

  synchronized long next(Connection connection) throws SQLException {
    if (next > last) {
      last = drawn(connection);
      next = last - LocalAuthoritySection.IDS_PER_SEQUENCE_STEP + 1;
    }
    return next++;
  }

  private static long drawn(Connection connection) throws SQLException {
    boolean postgres =
        connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    String sql = postgres ? "SELECT nextval('cp_seq')" : "SELECT NEXT VALUE FOR cp_seq";
    try (PreparedStatement draw = connection.prepareStatement(sql);
        ResultSet row = draw.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
