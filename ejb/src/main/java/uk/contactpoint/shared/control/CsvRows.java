package uk.contactpoint.shared.control;

import java.util.ArrayList;
import java.util.List;

/** CSV as it arrives: a source's batch, a national register's file. */
public final class CsvRows {

  private CsvRows() {}

  /**
   * RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. Empty lines are
   * skipped as they are read, and past {@code maxRows} rows the file is refused at once ({@code
   * tooMany}) rather than built whole: a body of newlines alone would otherwise make millions of
   * rows.
   */
  public static List<List<String>> parse(
      String text, int maxRows, java.util.function.Supplier<? extends RuntimeException> tooMany) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        if (row.size() > 1 || !row.get(0).isEmpty()) {
          rows.add(row);
          if (rows.size() > maxRows) {
            throw tooMany.get();
          }
        }
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
