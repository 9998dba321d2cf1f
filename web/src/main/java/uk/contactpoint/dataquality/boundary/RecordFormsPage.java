package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The team's forms for a record typed in by hand and for a correction (rule 10), over the same EJB
 * calls as {@code POST /api/v1/manage/records} and {@code …/{id}/amendment}: the same validation,
 * duplicate and shield checks. A new record that resembles a child waits as a case ("Make it a new
 * record anyway" decides it); a correction that makes a record resemble another is refused, naming
 * the look-alikes, until the manager confirms it.
 */
@Named
@ViewScoped
public class RecordFormsPage implements Serializable {

  /**
   * The EJB's field names, as the form's fields (for the message beside each) and in words (for the
   * summary).
   */
  private static final Map<String, String[]> FIELDS =
      Map.ofEntries(
          Map.entry("name.given", new String[] {"given", "Given names"}),
          Map.entry("name.family", new String[] {"family", "Family name"}),
          Map.entry("dateOfBirth", new String[] {"dob", "Date of birth"}),
          Map.entry("gender", new String[] {"gender", "Gender"}),
          Map.entry("address", new String[] {"line1", "Address"}),
          Map.entry("address.lines", new String[] {"line1", "Address"}),
          Map.entry("address.town", new String[] {"town", "Town"}),
          Map.entry("address.postcode", new String[] {"postcode", "Postcode"}),
          Map.entry("nhsNumber", new String[] {"nhs", "NHS number"}),
          Map.entry("parentsCarers[0].name", new String[] {"carer", "Parent or carer"}),
          Map.entry("parentsCarers[0].relationship", new String[] {"relationship", "Relationship"}),
          Map.entry("amendment", new String[] {"given", "The correction"}));

  @EJB TeamRecords teamRecords;
  @EJB MatchCases matchCases;
  @jakarta.inject.Inject DataQualityPage queue;

  private final RecordForm created = new RecordForm();
  private final RecordForm amended = new RecordForm();
  private String childId;
  private Long heldCase;
  private boolean awaitingConfirmation;

  public void create() {
    LocalDate born = created.birthDate("new-record");
    if (born == null && created.getDob() != null && !created.getDob().isBlank()) {
      return;
    }
    try {
      TeamRecords.Created result = teamRecords.createRecord(created.json(born).toString());
      if (result.caseId() != null) {
        heldCase = result.caseId();
        queue.refresh();
        PageMessages.info(
            "This record resembles a child ContactPoint holds, or meets a shielded record: it waits as case "
                + heldCase
                + " in the queue above, beside the records it resembles. Link it there, or make it a new record anyway.");
      } else {
        PageMessages.info("The record was created: its record id is " + result.childId() + ".");
        created.clear();
      }
    } catch (ContactPointException refused) {
      show("new-record", refused);
    }
  }

  /** The team has compared the look-alikes and this is a new child after all. */
  public void createAnyway() {
    String[] made = new String[1];
    if (PageMessages.attempt(() -> made[0] = matchCases.createNew(heldCase))) {
      PageMessages.info(
          "The record was created anyway (case "
              + heldCase
              + "): its record id is "
              + made[0]
              + ".");
      heldCase = null;
      created.clear();
      queue.refresh();
    }
  }

  public void amend() {
    LocalDate born = amended.birthDate("amend");
    if (born == null && amended.getDob() != null && !amended.getDob().isBlank()) {
      return;
    }
    boolean confirmed = awaitingConfirmation;
    try {
      List<String> alike =
          teamRecords.amend(
              childId == null ? null : childId.strip(),
              new TeamRecords.Amendment(
                  blankToNull(amended.getGiven()),
                  blankToNull(amended.getFamily()),
                  born,
                  amended.getGender(),
                  amended.address(),
                  confirmed));
      PageMessages.info(
          "The record was corrected"
              + (alike.isEmpty()
                  ? "."
                  : "; it resembles " + String.join(", ", alike) + ", as you confirmed."));
      awaitingConfirmation = false;
      amended.clear();
    } catch (ConflictException alike) {
      awaitingConfirmation = true;
      PageMessages.show(alike);
    } catch (ContactPointException refused) {
      show("amend", refused);
    }
  }

  public void cancelAmendment() {
    awaitingConfirmation = false;
  }

  /** Each error beside its field, and in the summary at the top with the field's name. */
  private static void show(String form, ContactPointException refused) {
    if (!(refused instanceof InvalidInputException invalid)) {
      PageMessages.show(refused);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    invalid
        .errors()
        .forEach(
            error -> {
              String[] field = FIELDS.get(error.field());
              String label = field == null ? error.field() : field[1];
              String text = label + ": " + error.message();
              faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
              if (field != null) {
                faces.addMessage(
                    form + ":" + field[0],
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
              }
            });
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public RecordForm getCreated() {
    return created;
  }

  public RecordForm getAmended() {
    return amended;
  }

  public String getChildId() {
    return childId;
  }

  public void setChildId(String childId) {
    this.childId = childId;
  }

  public Long getHeldCase() {
    return heldCase;
  }

  public boolean isAwaitingConfirmation() {
    return awaitingConfirmation;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public Relationship[] getRelationships() {
    return Relationship.values();
  }
}
