package uk.contactpoint.feeds.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.shared.control.CsvRows;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.TooLargeException;

/**
 * A CSV batch (RFC 4180: a header row, then one flat row per child, quoted cells may hold commas,
 * quotes and line breaks) turned into the same JSON records a JSON batch carries, so both go
 * through one binding, validation and matching. An empty cell is an absent field. A header naming a
 * column outside the data set refuses the whole batch: every row would carry it.
 */
public final class FeedCsv {

  /** The columns, in the order the documentation lists them. */
  public static final List<String> COLUMNS =
      List.of(
          "recordId",
          "localAuthority",
          "givenName",
          "familyName",
          "formerNames",
          "dateOfBirth",
          "gender",
          "nhsNumber",
          "upn",
          "addressLine1",
          "addressLine2",
          "addressLine3",
          "town",
          "postcode",
          "addressStatus",
          "intendsToReturn",
          "parent1Name",
          "parent1Relationship",
          "parent1Phone",
          "parent1Email",
          "parent2Name",
          "parent2Relationship",
          "parent2Phone",
          "parent2Email",
          "schoolUrn",
          "schoolName",
          "schoolStartDate",
          "gpOdsCode",
          "gpName",
          "dateOfDeath");

  /**
   * The key a row that cannot be read carries instead of its fields; the worker rejects it with
   * this message.
   */
  public static final String UNREADABLE_ROW = "csvRow";

  private FeedCsv() {}

  public static List<String> records(String csv) {
    String text = csv == null ? "" : csv;
    // A byte-order mark, as spreadsheet programs write one, is not part of the first column's name.
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = parse(text, FeedBatch.MAX_RECORDS + 1);
    if (rows.isEmpty()) {
      throw InvalidInputException.invalid(
          "header", "The CSV needs a header row naming its columns");
    }
    List<String> header = rows.get(0).stream().map(String::strip).toList();
    List<FieldError> unknown = new ArrayList<>();
    for (String column : header) {
      if (!COLUMNS.contains(column)) {
        unknown.add(
            new FieldError(
                "header." + column,
                "is not a column that ContactPoint accepts; the columns are "
                    + String.join(", ", COLUMNS)));
      }
    }
    if (!header.contains("recordId")) {
      unknown.add(new FieldError("header", "needs the column recordId"));
    }
    if (!unknown.isEmpty()) {
      throw InvalidInputException.invalid(unknown);
    }
    List<String> records = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        records.add(
            JSON.createObjectBuilder()
                .add(
                    UNREADABLE_ROW,
                    "row "
                        + (r + 1)
                        + " has "
                        + row.size()
                        + " cells where the header has "
                        + header.size())
                .build()
                .toString());
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String value = row.get(c).strip();
        if (!value.isEmpty()) {
          cells.put(header.get(c), value);
        }
      }
      records.add(record(cells));
    }
    return records;
  }

  private static String record(Map<String, String> cells) {
    JsonObjectBuilder record = JSON.createObjectBuilder();
    put(record, "recordId", cells.get("recordId"));
    put(record, "localAuthority", cells.get("localAuthority"));
    JsonObjectBuilder name = JSON.createObjectBuilder();
    put(name, "given", cells.get("givenName"));
    put(name, "family", cells.get("familyName"));
    if (cells.containsKey("formerNames")) {
      JsonArrayBuilder former = JSON.createArrayBuilder();
      for (String one : cells.get("formerNames").split(";")) {
        if (!one.isBlank()) {
          former.add(one.strip());
        }
      }
      name.add("former", former);
    }
    record.add("name", name);
    put(record, "dateOfBirth", cells.get("dateOfBirth"));
    put(record, "gender", cells.get("gender"));
    put(record, "nhsNumber", cells.get("nhsNumber"));
    put(record, "upn", cells.get("upn"));
    JsonObjectBuilder address = JSON.createObjectBuilder();
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    boolean anyLine = false;
    for (String line : List.of("addressLine1", "addressLine2", "addressLine3")) {
      if (cells.containsKey(line)) {
        lines.add(cells.get(line));
        anyLine = true;
      }
    }
    if (anyLine) {
      address.add("lines", lines);
    }
    put(address, "town", cells.get("town"));
    put(address, "postcode", cells.get("postcode"));
    put(
        address,
        "status",
        cells.getOrDefault(
            "addressStatus", anyLine || cells.containsKey("postcode") ? "CURRENT" : null));
    put(address, "intendsToReturn", cells.get("intendsToReturn"));
    record.add("address", address);
    JsonArrayBuilder carers = JSON.createArrayBuilder();
    boolean anyCarer = false;
    for (String parent : List.of("parent1", "parent2")) {
      if (cells.containsKey(parent + "Name")) {
        JsonObjectBuilder carer = JSON.createObjectBuilder();
        put(carer, "name", cells.get(parent + "Name"));
        put(carer, "relationship", cells.get(parent + "Relationship"));
        if (cells.containsKey(parent + "Phone") || cells.containsKey(parent + "Email")) {
          JsonObjectBuilder contact = JSON.createObjectBuilder();
          put(contact, "phone", cells.get(parent + "Phone"));
          put(contact, "email", cells.get(parent + "Email"));
          carer.add("contact", contact);
        }
        carers.add(carer);
        anyCarer = true;
      }
    }
    if (anyCarer) {
      record.add("parentsCarers", carers);
    }
    if (cells.containsKey("schoolUrn") || cells.containsKey("schoolName")) {
      JsonObjectBuilder school = JSON.createObjectBuilder();
      put(school, "urn", cells.get("schoolUrn"));
      put(school, "name", cells.get("schoolName"));
      put(school, "startDate", cells.get("schoolStartDate"));
      record.add("school", school);
    }
    if (cells.containsKey("gpOdsCode") || cells.containsKey("gpName")) {
      JsonObjectBuilder gp = JSON.createObjectBuilder();
      put(gp, "odsCode", cells.get("gpOdsCode"));
      put(gp, "name", cells.get("gpName"));
      record.add("gp", gp);
    }
    put(record, "dateOfDeath", cells.get("dateOfDeath"));
    return record.build().toString();
  }

  private static void put(JsonObjectBuilder builder, String key, String value) {
    if (value != null) {
      builder.add(key, value);
    }
  }

  static List<List<String>> parse(String text, int maxRows) {
    return CsvRows.parse(
        text,
        maxRows,
        () ->
            new TooLargeException(
                "A batch holds at most "
                    + FeedBatch.MAX_RECORDS
                    + " records. Send it as several batches."));
  }
}
