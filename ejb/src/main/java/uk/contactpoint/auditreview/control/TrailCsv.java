package uk.contactpoint.auditreview.control;

import static uk.contactpoint.shared.control.CsvCells.cell;

import java.util.List;

/**
 * Events as CSV for a spreadsheet, each cell made safe by CsvCells so that no value a user typed
 * becomes a formula when the export is opened.
 */
public final class TrailCsv {

  private TrailCsv() {}

  public static String of(List<AuditEvent> events) {
    StringBuilder csv =
        new StringBuilder(
            "time,action,outcome,username,full name,roles,organisation,record id,target,address,detail\r\n");
    for (AuditEvent e : events) {
      csv.append(
              String.join(
                  ",",
                  cell(e.occurredAt().toString()),
                  cell(e.action()),
                  cell(e.outcome()),
                  cell(e.username()),
                  cell(e.fullName()),
                  cell(e.roles()),
                  cell(e.organisation()),
                  cell(e.childId()),
                  cell(e.target()),
                  cell(e.clientAddress()),
                  cell(e.detail())))
          .append("\r\n");
    }
    return csv.toString();
  }
}
