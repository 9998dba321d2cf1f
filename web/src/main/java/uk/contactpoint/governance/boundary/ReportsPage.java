package uk.contactpoint.governance.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.governance.control.Access;
import uk.contactpoint.governance.control.RegisterEntry;
import uk.contactpoint.governance.control.Retention;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * The data protection officer's reports on a screen: breach scoping, privileged access, retention;
 * each exportable as CSV.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  @EJB DpoReports reports;
  @Inject Clock clock;

  private String username;
  private LocalDate from;
  private LocalDate to;
  private List<Access> accesses;
  private String shown;
  private Retention retention;

  // The last 30 days by the service's clock, which tests replace (DESIGN.md section 4): known only
  // once injected.
  @PostConstruct
  void lastThirtyDays() {
    to = LocalDate.now(clock);
    from = to.minusDays(30);
  }

  public void accessesByUser() {
    accesses = null;
    if (PageMessages.attempt(() -> accesses = reports.accessesBy(username, from, to))) {
      shown = "Records opened by " + username.strip() + " from " + from + " to " + to;
    }
  }

  public void privilegedAccess() {
    accesses = null;
    if (PageMessages.attempt(() -> accesses = reports.privilegedAccess(from, to))) {
      shown = "Records opened by managers and operators, and overrides, from " + from + " to " + to;
    }
  }

  private List<RegisterEntry> registers;

  public void showRetention() {
    PageMessages.attempt(() -> retention = reports.retention());
  }

  public void showRegisters() {
    PageMessages.attempt(() -> registers = reports.registers());
  }

  public void exportRegisters() throws IOException {
    download(DpoReports.Report.REGISTERS);
  }

  public List<RegisterEntry> getRegisters() {
    return registers;
  }

  /** The report shown, as CSV: sent as a download; the export itself is audited by the EJB. */
  public void export() throws IOException {
    download(
        username == null || username.isBlank()
            ? DpoReports.Report.PRIVILEGED_ACCESS
            : DpoReports.Report.ACCESSES_BY_USER);
  }

  /** The retention evidence as CSV, for the data protection officer's file. */
  public void exportRetention() throws IOException {
    download(DpoReports.Report.RETENTION);
  }

  private void download(DpoReports.Report report) throws IOException {
    String[] csv = new String[1];
    if (!PageMessages.attempt(() -> csv[0] = reports.exportCsv(report, username, from, to))) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"contactpoint-report.csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    external.getResponseOutputStream().write(csv[0].getBytes(StandardCharsets.UTF_8));
    faces.responseComplete();
  }

  public List<Access> getAccesses() {
    return accesses;
  }

  public String getShown() {
    return shown;
  }

  public Retention getRetention() {
    return retention;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
