package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.contactpoint.dataquality.boundary.Inaccuracies;
import uk.contactpoint.dataquality.entity.InaccuracyReport;

/** "Report a wrong fact" on the record screen, for the section's data-quality team. */
@Named
@ViewScoped
public class InaccuracyForm implements Serializable {

  @EJB Inaccuracies inaccuracies;
  @Inject RecordPage page;

  private InaccuracyReport.Fact wrongFact = InaccuracyReport.Fact.ADDRESS;
  private String note;
  private boolean reported;

  public InaccuracyReport.Fact[] getFacts() {
    return InaccuracyReport.Fact.values();
  }

  public void reportInaccuracy() {
    page.act(
        () -> {
          inaccuracies.report(page.getChild(), wrongFact, note);
          reported = true;
          note = null;
        });
  }

  public InaccuracyReport.Fact getWrongFact() {
    return wrongFact;
  }

  public void setWrongFact(InaccuracyReport.Fact wrongFact) {
    this.wrongFact = wrongFact;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isReported() {
    return reported;
  }
}
