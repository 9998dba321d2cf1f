package uk.contactpoint.bench.england;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One table loaded by COPY on a connection of its own: TRUNCATE and COPY ... FREEZE in one
 * transaction, so the rows arrive frozen and all-visible (no vacuum pass rewrites them later).
 * Rows are written in COPY's text format.
 */
final class CopyTable implements AutoCloseable {

  final String table;
  private final Connection connection;
  private final PGCopyOutputStream out;
  private final StringBuilder line = new StringBuilder(512);
  private final int columns;
  long rows;
  long bytes;

  CopyTable(Connection connection, String table, String... columnNames) throws SQLException {
    this.connection = connection;
    this.table = table;
    this.columns = columnNames.length;
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + table);
    }
    String sql = "COPY " + table + " (" + String.join(", ", columnNames) + ") FROM STDIN WITH (FORMAT text, FREEZE true)";
    this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
  }

  /** One row; values are Strings, numbers, booleans, dates or null, in the column order. */
  void row(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
    }
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      Object value = values[i];
      if (value == null) {
        line.append("\\N");
      } else if (value instanceof Boolean b) {
        line.append(b ? 't' : 'f');
      } else if (value instanceof String s) {
        escape(s);
      } else {
        escape(value.toString());
      }
    }
    line.append('\n');
    byte[] encoded = line.toString().getBytes(StandardCharsets.UTF_8);
    try {
      out.write(encoded);
    } catch (IOException e) {
      throw new UncheckedIOException(table + ": COPY failed", e);
    }
    rows++;
    bytes += encoded.length;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }

  /** Ends the COPY and commits; returns the rows the server says it took. */
  long finish() throws SQLException {
    try {
      out.close();
    } catch (IOException e) {
      throw new SQLException(table + ": ending COPY failed", e);
    }
    connection.commit();
    return rows;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
