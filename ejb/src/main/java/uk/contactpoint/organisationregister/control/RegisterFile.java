package uk.contactpoint.organisationregister.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.control.CsvRows;
import uk.contactpoint.shared.entity.StorableText;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.TooLargeException;

/**
 * The national registers in the files they publish, read into the rows the organisation register
 * needs: schools from Get Information About Schools (the establishment CSV, with its header row)
 * and GP practices from the NHS Organisation Data Service ({@code epraccur.csv}, no header). A row
 * that cannot be read is an error naming its line and field; the others are read.
 */
public final class RegisterFile {

  /** More rows than every establishment England has had (about 50,000) refuses the file. */
  public static final int MAX_ROWS = 100_000;

  /** The GIAS columns read; the file has about 140, the others are not needed. */
  static final String URN_COLUMN = "URN";

  static final String NAME_COLUMN = "EstablishmentName";
  static final String STATUS_COLUMN = "EstablishmentStatus (name)";
  static final String CLOSE_DATE_COLUMN = "CloseDate";
  static final String TOWN_COLUMN = "Town";
  static final String PHONE_COLUMN = "TelephoneNum";
  static final String LOCAL_AUTHORITY_COLUMN = "GSSLACode (name)";
  private static final List<String> GIAS_COLUMNS =
      List.of(
          URN_COLUMN,
          NAME_COLUMN,
          STATUS_COLUMN,
          CLOSE_DATE_COLUMN,
          TOWN_COLUMN,
          PHONE_COLUMN,
          LOCAL_AUTHORITY_COLUMN);

  /** epraccur.csv's columns, by position (NHS Digital's file specification). */
  private static final int ODS_CODE = 0;

  private static final int ODS_NAME = 1;
  private static final int ODS_ADDRESS_LINE_3 = 6;
  private static final int ODS_ADDRESS_LINE_4 = 7;
  private static final int ODS_CLOSE_DATE = 11;
  private static final int ODS_STATUS = 12;
  private static final int ODS_PHONE = 17;
  private static final int ODS_PRESCRIBING_SETTING = 25;

  /** The prescribing setting of a GP practice; the file also lists prisons, clinics and others. */
  private static final String GP_PRACTICE_SETTING = "4";

  private static final DateTimeFormatter GIAS_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final DateTimeFormatter ODS_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  private RegisterFile() {}

  /**
   * One organisation as the national register has it. {@code sectionCode} is null for a GP
   * practice.
   */
  public record Row(
      int line,
      OrganisationType kind,
      String code,
      String name,
      String town,
      String phone,
      String sectionCode,
      boolean open,
      LocalDate closedOn) {}

  /** What a file held: the rows read, and an error for each field that could not be read. */
  public record Read(List<Row> rows, List<FieldError> errors, int ignored) {}

  /**
   * The file's text: UTF-8, or, where it is not valid UTF-8, Windows-1252, the encoding GIAS
   * downloads are published in. A byte-order mark is not part of the first column's name.
   */
  public static String text(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  public static Read schools(String csv) {
    List<List<String>> rows = rows(csv);
    if (rows.isEmpty()) {
      throw InvalidInputException.invalid(
          "file",
          "The file is empty: download the establishment CSV from Get Information About Schools");
    }
    Map<String, Integer> at = new HashMap<>();
    List<String> header = rows.get(0);
    for (int i = 0; i < header.size(); i++) {
      at.putIfAbsent(header.get(i).strip(), i);
    }
    List<String> missing = GIAS_COLUMNS.stream().filter(column -> !at.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.invalid(
          "file",
          "This is not a Get Information About Schools establishment file: it lacks the columns "
              + String.join(", ", missing));
    }
    List<Row> read = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      int line = i + 1;
      if (holdsControlCharacters(row, line, errors)) {
        continue;
      }
      String urn = cell(row, at.get(URN_COLUMN));
      String name = cell(row, at.get(NAME_COLUMN));
      String section = cell(row, at.get(LOCAL_AUTHORITY_COLUMN)).toUpperCase(Locale.ROOT);
      String status = cell(row, at.get(STATUS_COLUMN));
      int before = errors.size();
      if (!Organisation.URN.matcher(urn).matches()) {
        errors.add(new FieldError("line " + line + ": " + URN_COLUMN, "is not a URN (six digits)"));
      }
      if (name.isEmpty()) {
        errors.add(new FieldError("line " + line + ": " + NAME_COLUMN, "is empty"));
      }
      if (!LocalAuthoritySection.CODE.matcher(section).matches()) {
        errors.add(
            new FieldError(
                "line " + line + ": " + LOCAL_AUTHORITY_COLUMN,
                "is not an English local authority code"));
      }
      boolean open = !status.toLowerCase(Locale.ROOT).startsWith("closed");
      LocalDate closed =
          date(
              cell(row, at.get(CLOSE_DATE_COLUMN)),
              GIAS_DATE,
              "line " + line + ": " + CLOSE_DATE_COLUMN,
              errors);
      if (errors.size() == before) {
        read.add(
            new Row(
                line,
                OrganisationType.SCHOOL,
                urn,
                name,
                blankToNull(cell(row, at.get(TOWN_COLUMN))),
                blankToNull(cell(row, at.get(PHONE_COLUMN))),
                section,
                open,
                closed));
      }
    }
    return new Read(read, errors, 0);
  }

  public static Read gpPractices(String csv) {
    List<Row> read = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    int ignored = 0;
    List<List<String>> rows = rows(csv);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      int line = i + 1;
      if (holdsControlCharacters(row, line, errors)) {
        continue;
      }
      if (row.size() <= ODS_STATUS) {
        errors.add(
            new FieldError(
                "line " + line, "has " + row.size() + " columns; an epraccur.csv row has 27"));
        continue;
      }
      String setting = cell(row, ODS_PRESCRIBING_SETTING);
      if (!setting.isEmpty() && !GP_PRACTICE_SETTING.equals(setting)) {
        ignored++;
        continue;
      }
      String code = cell(row, ODS_CODE).toUpperCase(Locale.ROOT);
      String name = cell(row, ODS_NAME);
      int before = errors.size();
      if (!Organisation.ODS_PRACTICE.matcher(code).matches()) {
        errors.add(
            new FieldError(
                "line " + line + ": organisation code",
                "is not a GP practice's ODS code (a letter and five digits)"));
      }
      if (name.isEmpty()) {
        errors.add(new FieldError("line " + line + ": name", "is empty"));
      }
      String status = cell(row, ODS_STATUS).toUpperCase(Locale.ROOT);
      LocalDate closed =
          date(cell(row, ODS_CLOSE_DATE), ODS_DATE, "line " + line + ": close date", errors);
      String town =
          cell(row, ODS_ADDRESS_LINE_4).isEmpty()
              ? cell(row, ODS_ADDRESS_LINE_3)
              : cell(row, ODS_ADDRESS_LINE_4);
      if (errors.size() == before) {
        read.add(
            new Row(
                line,
                OrganisationType.GP_SURGERY,
                code,
                titleCase(name),
                blankToNull(titleCase(town)),
                blankToNull(cell(row, ODS_PHONE)),
                null,
                !"C".equals(status),
                closed));
      }
    }
    return new Read(read, errors, ignored);
  }

  /** A row with a control character in any cell is reported whole: no register publishes one. */
  private static boolean holdsControlCharacters(
      List<String> row, int line, List<FieldError> errors) {
    for (int column = 0; column < row.size(); column++) {
      if (!StorableText.isStorable(row.get(column))) {
        errors.add(
            new FieldError("line " + line + ": column " + (column + 1), StorableText.PROBLEM));
        return true;
      }
    }
    return false;
  }

  private static List<List<String>> rows(String csv) {
    String text = csv == null ? "" : csv;
    return CsvRows.parse(
        text.startsWith("\uFEFF") ? text.substring(1) : text,
        MAX_ROWS,
        () -> new TooLargeException("A register file holds at most " + MAX_ROWS + " rows."));
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }

  private static LocalDate date(
      String text, DateTimeFormatter format, String field, List<FieldError> errors) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text, format);
    } catch (DateTimeParseException notADate) {
      errors.add(new FieldError(field, "is not a date"));
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * ODS names are in capitals ("THE PARK SURGERY"); the register shows them as people write them.
   */
  static String titleCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (char c : text.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c) && c != '\'';
    }
    return out.toString();
  }
}
