package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import uk.contactpoint.involvement.boundary.Involvements;
import uk.contactpoint.involvement.entity.ConsentBasis;

/**
 * The practitioner's own involvement on the record screen: add (with lead and, for a sensitive
 * service, the basis of consent), end, take the lead, withdraw consent, record a CAF.
 */
@Named
@ViewScoped
public class InvolvementForm implements Serializable {

  @EJB Involvements involvements;
  @EJB uk.contactpoint.accounts.boundary.MyAccount myAccount;
  @Inject RecordPage page;
  @Inject Clock clock;

  private Boolean sensitiveService;
  private String role;
  private boolean lead;
  private boolean takeOverLead;
  private boolean takeOverExistingLead;
  private ConsentBasis consentBasis;
  private String consentNote;

  public void addMe() {
    page.act(
        () ->
            involvements.add(
                page.getChild(),
                role,
                LocalDate.now(clock),
                lead,
                takeOverLead,
                consentBasis,
                consentNote));
    page.reload();
  }

  public void endMine(long involvementId) {
    page.act(() -> involvements.end(page.getChild(), involvementId, LocalDate.now(clock)));
    page.reload();
  }

  /**
   * The practitioner becomes the lead on their own involvement; from someone else only with the
   * agreed take-over ticked.
   */
  public void takeLeadOn(long involvementId) {
    page.act(() -> involvements.takeLead(page.getChild(), involvementId, takeOverExistingLead));
    takeOverExistingLead = false;
    page.reload();
  }

  /**
   * A sensitive service's practitioner: the young person withdrew consent, so the involvement is
   * removed.
   */
  public void withdrawConsent(long involvementId) {
    page.act(() -> involvements.withdrawConsent(page.getChild(), involvementId));
    page.reload();
  }

  public void recordCaf() {
    page.act(() -> involvements.recordCaf(page.getChild(), false));
    page.reload();
  }

  /**
   * The practitioner now holds the CAF someone else was recorded as holding; that person is told.
   */
  public void takeOverCaf() {
    page.act(() -> involvements.recordCaf(page.getChild(), true));
    page.reload();
  }

  public boolean isInvolved() {
    var record = page.getRecord();
    return record != null
        && record.involvements() != null
        && record.involvements().stream().anyMatch(i -> i.mine() && i.endDate() == null);
  }

  /** Staff of a sensitive service record the basis of their involvement (rule 6). */
  public boolean isSensitiveService() {
    if (sensitiveService == null) {
      sensitiveService = myAccount.worksForSensitiveService();
    }
    return sensitiveService;
  }

  public ConsentBasis[] getConsentBases() {
    return ConsentBasis.values();
  }

  public ConsentBasis getConsentBasis() {
    return consentBasis;
  }

  public void setConsentBasis(ConsentBasis consentBasis) {
    this.consentBasis = consentBasis;
  }

  public String getConsentNote() {
    return consentNote;
  }

  public void setConsentNote(String consentNote) {
    this.consentNote = consentNote;
  }

  public boolean isTakeOverExistingLead() {
    return takeOverExistingLead;
  }

  public void setTakeOverExistingLead(boolean takeOverExistingLead) {
    this.takeOverExistingLead = takeOverExistingLead;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public boolean isLead() {
    return lead;
  }

  public void setLead(boolean lead) {
    this.lead = lead;
  }

  public boolean isTakeOverLead() {
    return takeOverLead;
  }

  public void setTakeOverLead(boolean takeOverLead) {
    this.takeOverLead = takeOverLead;
  }
}
