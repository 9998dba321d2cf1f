package uk.contactpoint.shared.control;

/** CSV for a spreadsheet: every export writes its cells through here. */
public final class CsvCells {

  private CsvCells() {}

  /**
   * A CSV cell: quoted, and a leading formula character defused so a spreadsheet shows it as text.
   */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
