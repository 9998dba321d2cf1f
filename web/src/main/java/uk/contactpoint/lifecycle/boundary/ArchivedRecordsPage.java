package uk.contactpoint.lifecycle.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.contactpoint.access.control.ChildRecordView;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * The operators' screen for an archived record: the statutory purpose and the enquiry first, then
 * the record as archived.
 */
@Named
@ViewScoped
public class ArchivedRecordsPage implements Serializable {

  @EJB ArchivedRecords archivedRecords;

  private String childId;
  private StatutoryPurpose purpose;
  private String justification;
  private ChildRecordView record;

  public void open() {
    record = null;
    PageMessages.attempt(
        () ->
            record =
                archivedRecords.openForStatutoryPurpose(
                    childId == null ? null : childId.strip(), purpose, justification));
  }

  public List<StatutoryPurpose> getPurposes() {
    return List.of(StatutoryPurpose.values());
  }

  public ChildRecordView getRecord() {
    return record;
  }

  public String getChildId() {
    return childId;
  }

  public void setChildId(String childId) {
    this.childId = childId;
  }

  public StatutoryPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(StatutoryPurpose purpose) {
    this.purpose = purpose;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
