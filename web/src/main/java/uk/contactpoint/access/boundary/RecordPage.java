package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.contactpoint.access.control.ChildRecordView;
import uk.contactpoint.access.entity.AccessReason;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A child's record on screen: first the reason, then the record as the visibility policy built it
 * (or, for a holder of the override right, past a shield). The record's other forms have beans of
 * their own, which act on the child this page opened and show the record again through it. Those of
 * features below access (involvements, shielding, inaccuracies) live here, beside the screen; those
 * of features above it (extensions, contact requests, who has looked) live with their feature, so
 * every use goes downward (FeatureStructureTest).
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

  @EJB RecordAccess access;
  @EJB uk.contactpoint.accounts.boundary.MyAccount myAccount;

  private Boolean overrideRight;
  private boolean warned;
  private String justification;

  private String child;
  private AccessReason reason;
  private String reasonText;
  private ChildRecordView record;

  public List<AccessReason> getReasons() {
    return access.reasons();
  }

  public void open() {
    act(() -> record = access.open(child, reason, reasonText));
  }

  public String when(java.time.Instant at) {
    return uk.contactpoint.shared.boundary.ScreenDates.whenOf(at);
  }

  public String genderLabel(String genderName) {
    try {
      return uk.contactpoint.child.entity.Gender.valueOf(genderName).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return genderName;
    }
  }

  /** How far the address can be relied on, in words; empty for a current address. */
  public String addressStatusLabel(ChildRecordView.Address address) {
    String status = address.status() == null ? "CURRENT" : address.status();
    return switch (status) {
      case "LAST_KNOWN" -> "Last known address: the family may have moved";
      case "NO_KNOWN_ADDRESS" -> "No known address";
      case "LEFT_ENGLAND" ->
          "Left England"
              + switch (address.intendsToReturn() == null ? "UNKNOWN" : address.intendsToReturn()) {
                case "YES" -> ", and intends to return";
                case "NO" -> ", and does not intend to return";
                default -> "; not known whether the family will return";
              };
      default -> "";
    };
  }

  /** Where a fact came from and when, shown on demand beside it. */
  public String factLine(ChildRecordView.Fact fact) {
    if (fact == null) {
      return "";
    }
    return "From "
        + fact.source()
        + (fact.updatedAt() == null ? "" : ", " + when(fact.updatedAt()));
  }

  public String reasonLabel(String reasonName) {
    try {
      return AccessReason.valueOf(reasonName).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return reasonName;
    }
  }

  /** One view past the shield, after the warning and with a justification (rule 5's override). */
  public void overrideShield() {
    uk.contactpoint.shared.boundary.PageMessages.attempt(
        () -> record = access.openOverridingShield(child, justification, warned));
    justification = null;
    warned = false;
  }

  public boolean isOverrideRight() {
    if (overrideRight == null) {
      overrideRight = myAccount.hasOverrideRight();
    }
    return overrideRight;
  }

  public boolean isWarned() {
    return warned;
  }

  public void setWarned(boolean warned) {
    this.warned = warned;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }

  /**
   * After an act on the record, it is opened again (with the same reason) so the page shows what
   * changed.
   */
  public void reload() {
    if (record != null) {
      act(() -> record = access.open(child, reason, reasonText));
    }
  }

  /**
   * Runs an act of this page or of one of the record's forms, each error beside its field or at the
   * top.
   */
  public void act(Runnable action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
    } catch (InvalidInputException invalid) {
      // Until the record is open, the only form on the page is the one asking for the reason.
      String form = record == null ? "reason:" : "record:";
      invalid
          .errors()
          .forEach(
              e ->
                  faces.addMessage(
                      form + e.field(),
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    } catch (ContactPointException refused) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  public ChildRecordView getRecord() {
    return record;
  }

  public String getChild() {
    return child;
  }

  public void setChild(String child) {
    this.child = child;
  }

  public AccessReason getReason() {
    return reason;
  }

  public void setReason(AccessReason reason) {
    this.reason = reason;
  }

  public String getReasonText() {
    return reasonText;
  }

  public void setReasonText(String reasonText) {
    this.reasonText = reasonText;
  }
}
