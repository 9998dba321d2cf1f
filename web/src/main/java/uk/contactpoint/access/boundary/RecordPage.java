package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.contactpoint.access.entity.AccessReason;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.audit.boundary.AuditReview;
import uk.contactpoint.audit.boundary.RecordLook;
import uk.contactpoint.dataquality.boundary.Inaccuracies;
import uk.contactpoint.dataquality.entity.InaccuracyReport;
import uk.contactpoint.involvement.boundary.Involvements;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A child's record on screen: first the reason, then the record as the visibility policy
 * built it, with the practitioner's own acts (add, end, lead, CAF).
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

  @EJB RecordAccess access;
  @EJB Involvements involvements;
  @EJB Inaccuracies inaccuracies;
  @EJB AuditReview review;
  @EJB uk.contactpoint.shielding.boundary.ShieldRequests shieldRequests;
  @EJB uk.contactpoint.shielding.boundary.Shields shields;
  @EJB uk.contactpoint.lifecycle.boundary.Extensions extensions;

  private String shieldReason;
  @EJB uk.contactpoint.accounts.boundary.MyAccount myAccount;
  private Boolean overrideRight;
  private Boolean sensitiveService;
  @EJB uk.contactpoint.brokering.boundary.ContactRequests contactRequests;
  private String contactMessage;
  private Long contactReference;
  private uk.contactpoint.involvement.entity.ConsentBasis consentBasis;
  private String consentNote;
  private boolean warned;
  private String justification;
  private Long shieldReference;
  private uk.contactpoint.shielding.entity.ShieldCriterion criterion;
  private String shieldNote;
  private String newIdentityReason;
  private uk.contactpoint.lifecycle.entity.RecordExtension.Category category;
  private String consentNote18;
  private LocalDate endsOn;
  private LocalDate reviewOn;

  private List<RecordLook> looks;

  private String child;
  private AccessReason reason;
  private String reasonText;
  private ChildRecordView record;
  private String role;
  private boolean lead;
  private boolean takeOverLead;
  private boolean takeOverExistingLead;
  private InaccuracyReport.Fact wrongFact = InaccuracyReport.Fact.ADDRESS;
  private String note;
  private boolean reported;

  public InaccuracyReport.Fact[] getFacts() {
    return InaccuracyReport.Fact.values();
  }

  public void reportInaccuracy() {
    act(() -> {
      inaccuracies.report(child, wrongFact, note);
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

  public List<AccessReason> getReasons() {
    return access.reasons();
  }

  public void open() {
    act(() -> record = access.open(child, reason, reasonText));
    if (record != null && reviewsTheTrail()) {
      try {
        looks = review.whoLooked(child);
      } catch (ForbiddenException otherSection) {
        looks = null;
      }
    }
  }

  private static boolean reviewsTheTrail() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Duty.AUDIT_REVIEW_ROLE);
  }

  /** Who has opened this record, for a reviewer of its section; null for everyone else. */
  public List<RecordLook> getLooks() {
    return looks;
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
      case "LEFT_ENGLAND" -> "Left England" + switch (address.intendsToReturn() == null ? "UNKNOWN" : address.intendsToReturn()) {
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
    return "From " + fact.source() + (fact.updatedAt() == null ? "" : ", " + when(fact.updatedAt()));
  }

  public String reasonLabel(String reasonName) {
    try {
      return AccessReason.valueOf(reasonName).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return reasonName;
    }
  }

  public void addMe() {
    act(() -> involvements.add(child, role, LocalDate.now(), lead, takeOverLead, consentBasis, consentNote));
    reload();
  }

  public void endMine(long involvementId) {
    act(() -> involvements.end(child, involvementId, LocalDate.now()));
    reload();
  }

  /** The practitioner becomes the lead on their own involvement; from someone else only with the agreed take-over ticked. */
  public void takeLeadOn(long involvementId) {
    act(() -> involvements.takeLead(child, involvementId, takeOverExistingLead));
    takeOverExistingLead = false;
    reload();
  }

  /** A sensitive service's practitioner: the young person withdrew consent, so the involvement is removed. */
  public void withdrawConsent(long involvementId) {
    act(() -> involvements.withdrawConsent(child, involvementId));
    reload();
  }

  public boolean isTakeOverExistingLead() {
    return takeOverExistingLead;
  }

  public void setTakeOverExistingLead(boolean takeOverExistingLead) {
    this.takeOverExistingLead = takeOverExistingLead;
  }

  public void recordCaf() {
    act(() -> involvements.recordCaf(child, false));
    reload();
  }

  /** The practitioner now holds the CAF someone else was recorded as holding; that person is told. */
  public void takeOverCaf() {
    act(() -> involvements.recordCaf(child, true));
    reload();
  }

  /** A practitioner asks the management team for a shield; told the reference, later the decision. */
  public void askForShield() {
    actWithGlobalMessages(() -> {
      shieldReference = shieldRequests.request(child, shieldReason);
      shieldReason = null;
    });
  }

  public void shield() {
    actWithGlobalMessages(() -> shields.shield(child, criterion, shieldNote, reviewOn));
    shieldNote = null;
    reload();
  }

  /** Shields a parent/carer with the criterion and reason typed in the shield form. */
  public void shieldCarer(long carerId) {
    actWithGlobalMessages(() -> shields.shieldCarer(child, carerId, criterion, shieldNote, reviewOn));
    shieldNote = null;
    reload();
  }

  public void unshield() {
    actWithGlobalMessages(() -> shields.unshield(child, shieldNote));
    shieldNote = null;
    reload();
  }

  /** Lifts a parent/carer's shield, with the reason typed in the shield form. */
  public void unshieldCarer(long carerId) {
    actWithGlobalMessages(() -> shields.unshieldCarer(child, carerId, shieldNote));
    shieldNote = null;
    reload();
  }

  /** Marks the record as the child's new identity (adoption, protection), with its reason. */
  public void markNewIdentity() {
    if (uk.contactpoint.shared.boundary.PageMessages.attempt(() -> shields.markNewIdentity(child, newIdentityReason))) {
      uk.contactpoint.shared.boundary.PageMessages.info("This record is now marked as a new identity: its former names and old identifiers are gone.");
      newIdentityReason = null;
    }
    reload();
  }

  /** The section's team keeps a care leaver's (or a young person with learning difficulties') record past 18, with consent. */
  public void extend() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      extensions.record(child, category, consentNote18, endsOn);
      uk.contactpoint.shared.boundary.PageMessages.info("The record is kept until " + endsOn + ", unless the extension is withdrawn.");
      category = null;
      consentNote18 = null;
      endsOn = null;
    } catch (InvalidInputException invalid) {
      // The form's inputs are named apart from the rest of the record form's.
      invalid.errors().forEach(e -> faces.addMessage("record:extension-" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    } catch (ContactPointException refused) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  /** The young person withdrew their consent: the record is archived as at 18. */
  public void withdrawExtension() {
    if (uk.contactpoint.shared.boundary.PageMessages.attempt(() -> extensions.withdraw(child))) {
      uk.contactpoint.shared.boundary.PageMessages.info("The extension is withdrawn.");
    }
  }

  public uk.contactpoint.lifecycle.entity.RecordExtension.Category[] getCategories() {
    return uk.contactpoint.lifecycle.entity.RecordExtension.Category.values();
  }

  public uk.contactpoint.lifecycle.entity.RecordExtension.Category getCategory() {
    return category;
  }

  public void setCategory(uk.contactpoint.lifecycle.entity.RecordExtension.Category category) {
    this.category = category;
  }

  public String getConsentNote18() {
    return consentNote18;
  }

  public void setConsentNote18(String consentNote18) {
    this.consentNote18 = consentNote18;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getNewIdentityReason() {
    return newIdentityReason;
  }

  public void setNewIdentityReason(String newIdentityReason) {
    this.newIdentityReason = newIdentityReason;
  }

  /** Errors of forms whose fields the EJB names differently from the page: shown at the top. */
  private static void actWithGlobalMessages(Runnable action) {
    uk.contactpoint.shared.boundary.PageMessages.attempt(action);
  }

  /** One view past the shield, after the warning and with a justification (rule 5's override). */
  public void overrideShield() {
    actWithGlobalMessages(() -> record = access.openOverridingShield(child, justification, warned));
    justification = null;
    warned = false;
  }

  public boolean isOverrideRight() {
    if (overrideRight == null) {
      overrideRight = myAccount.hasOverrideRight();
    }
    return overrideRight;
  }

  /** Brokered contact: the management team puts the practitioner in touch (rules 5 and 6). */
  public void askForContact() {
    actWithGlobalMessages(() -> {
      contactReference = contactRequests.ask(child, contactMessage);
      contactMessage = null;
    });
  }

  public String getContactMessage() {
    return contactMessage;
  }

  public void setContactMessage(String contactMessage) {
    this.contactMessage = contactMessage;
  }

  public Long getContactReference() {
    return contactReference;
  }

  /** Staff of a sensitive service record the basis of their involvement (rule 6). */
  public boolean isSensitiveService() {
    if (sensitiveService == null) {
      sensitiveService = myAccount.worksForSensitiveService();
    }
    return sensitiveService;
  }

  public uk.contactpoint.involvement.entity.ConsentBasis[] getConsentBases() {
    return uk.contactpoint.involvement.entity.ConsentBasis.values();
  }

  public uk.contactpoint.involvement.entity.ConsentBasis getConsentBasis() {
    return consentBasis;
  }

  public void setConsentBasis(uk.contactpoint.involvement.entity.ConsentBasis consentBasis) {
    this.consentBasis = consentBasis;
  }

  public String getConsentNote() {
    return consentNote;
  }

  public void setConsentNote(String consentNote) {
    this.consentNote = consentNote;
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

  /** A member of a local authority's management team (the EJB decides whether the record is their section's). */
  public boolean isManagementTeam() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(uk.contactpoint.accounts.entity.Role.LA_MANAGER_NAME);
  }

  public boolean isShieldingDuty() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Duty.SHIELDING_ROLE);
  }

  public uk.contactpoint.shielding.entity.ShieldCriterion[] getCriteria() {
    return uk.contactpoint.shielding.entity.ShieldCriterion.values();
  }

  public String getShieldReason() {
    return shieldReason;
  }

  public void setShieldReason(String shieldReason) {
    this.shieldReason = shieldReason;
  }

  public Long getShieldReference() {
    return shieldReference;
  }

  public uk.contactpoint.shielding.entity.ShieldCriterion getCriterion() {
    return criterion;
  }

  public void setCriterion(uk.contactpoint.shielding.entity.ShieldCriterion criterion) {
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

  private void reload() {
    if (record != null) {
      act(() -> record = access.open(child, reason, reasonText));
    }
  }

  private void act(Runnable action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      action.run();
    } catch (InvalidInputException invalid) {
      // Until the record is open, the only form on the page is the one asking for the reason.
      String form = record == null ? "reason:" : "record:";
      invalid.errors().forEach(e -> faces.addMessage(form + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    } catch (ContactPointException refused) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  public boolean isInvolved() {
    return record != null && record.involvements() != null
        && record.involvements().stream().anyMatch(i -> i.mine() && i.endDate() == null);
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
