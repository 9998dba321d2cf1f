package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shielding.boundary.Shields;
import uk.contactpoint.shielding.entity.ShieldCriterion;

/**
 * The shielding duty on the record screen: shield and lift the record or a parent/carer, and mark a
 * new identity. The EJB names these forms' fields differently from the page, so errors show at the
 * top.
 */
@Named
@ViewScoped
public class ShieldingForm implements Serializable {

  @EJB Shields shields;
  @Inject RecordPage page;

  private ShieldCriterion criterion;
  private String shieldNote;
  private LocalDate reviewOn;
  private String newIdentityReason;

  public void shield() {
    PageMessages.attempt(() -> shields.shield(page.getChild(), criterion, shieldNote, reviewOn));
    shieldNote = null;
    page.reload();
  }

  /** Shields a parent/carer with the criterion and reason typed in the shield form. */
  public void shieldCarer(long carerId) {
    PageMessages.attempt(
        () -> shields.shieldCarer(page.getChild(), carerId, criterion, shieldNote, reviewOn));
    shieldNote = null;
    page.reload();
  }

  public void unshield() {
    PageMessages.attempt(() -> shields.unshield(page.getChild(), shieldNote));
    shieldNote = null;
    page.reload();
  }

  /** Lifts a parent/carer's shield, with the reason typed in the shield form. */
  public void unshieldCarer(long carerId) {
    PageMessages.attempt(() -> shields.unshieldCarer(page.getChild(), carerId, shieldNote));
    shieldNote = null;
    page.reload();
  }

  /** Marks the record as the child's new identity (adoption, protection), with its reason. */
  public void markNewIdentity() {
    if (PageMessages.attempt(() -> shields.markNewIdentity(page.getChild(), newIdentityReason))) {
      PageMessages.info(
          "This record is now marked as a new identity: its former names and old identifiers are gone.");
      newIdentityReason = null;
    }
    page.reload();
  }

  public boolean isShieldingDuty() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Duty.SHIELDING_ROLE);
  }

  public ShieldCriterion[] getCriteria() {
    return ShieldCriterion.values();
  }

  public ShieldCriterion getCriterion() {
    return criterion;
  }

  public void setCriterion(ShieldCriterion criterion) {
    this.criterion = criterion;
  }

  public String getShieldNote() {
    return shieldNote;
  }

  public void setShieldNote(String shieldNote) {
    this.shieldNote = shieldNote;
  }

  public LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(LocalDate reviewOn) {
    this.reviewOn = reviewOn;
  }

  public String getNewIdentityReason() {
    return newIdentityReason;
  }

  public void setNewIdentityReason(String newIdentityReason) {
    this.newIdentityReason = newIdentityReason;
  }
}
