package uk.contactpoint.governance.control;

import java.time.Instant;
import java.util.List;
import uk.contactpoint.shared.control.CsvCells;

/**
 * A report as CSV (DESIGN.md rule 4). Its first line says who made it, when and its reference (the
 * audit entry of the export), so a printed or forwarded copy can be traced; its text cells go
 * through CsvCells, so a spreadsheet shows them as text and never runs them as a formula.
 */
public final class ReportCsv {

  private final StringBuilder csv = new StringBuilder();

  public ReportCsv(String report, String preparedBy, Instant preparedAt, String reference) {
    csv.append(
            CsvCells.cell(
                "ContactPoint report "
                    + report
                    + ", prepared by "
                    + preparedBy
                    + " at "
                    + preparedAt
                    + ", reference "
                    + reference
                    + ". Official – sensitive: personal data."))
        .append("\r\n");
  }

  public ReportCsv registers(List<RegisterEntry> entries) {
    csv.append("register,reference,received,due,closed,outcome,status\r\n");
    for (RegisterEntry e : entries) {
      csv.append(
              String.join(
                  ",",
                  CsvCells.cell(e.register()),
                  CsvCells.cell(e.reference()),
                  String.valueOf(e.received()),
                  String.valueOf(e.due()),
                  e.closed() == null ? "" : e.closed().toString(),
                  CsvCells.cell(e.outcome()),
                  CsvCells.cell(e.status())))
          .append("\r\n");
    }
    return this;
  }

  public ReportCsv retention(Retention retention) {
    csv.append("month,records archived,records deleted\r\n");
    retention
        .months()
        .forEach(
            m ->
                csv.append(m.month())
                    .append(',')
                    .append(m.archived())
                    .append(',')
                    .append(m.deleted())
                    .append("\r\n"));
    csv.append("overdue: adults not archived and without an extension,")
        .append(retention.adultsNotArchived())
        .append(",\r\n")
        .append("overdue: deaths over a year ago not archived,")
        .append(retention.deathsNotArchived())
        .append(",\r\n")
        .append("overdue: archived over six years ago and still held,")
        .append(retention.archivedPastSixYears())
        .append(",\r\n");
    return this;
  }

  public ReportCsv accesses(List<Access> rows) {
    csv.append("time,username,roles,action,outcome,record id,reason\r\n");
    for (Access row : rows) {
      csv.append(
              String.join(
                  ",",
                  CsvCells.cell(row.at().toString()),
                  CsvCells.cell(row.username()),
                  CsvCells.cell(row.roles()),
                  CsvCells.cell(row.action()),
                  CsvCells.cell(row.outcome()),
                  CsvCells.cell(row.childId()),
                  CsvCells.cell(row.reason())))
          .append("\r\n");
    }
    return this;
  }

  /** The CSV written so far. */
  @Override
  public String toString() {
    return csv.toString();
  }
}
