package uk.contactpoint.lifecycle.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import uk.contactpoint.access.boundary.RecordPage;
import uk.contactpoint.lifecycle.entity.RecordExtension;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The section's team keeps a care leaver's (or a young person with learning difficulties') record
 * past 18, from the record screen.
 */
@Named
@ViewScoped
public class ExtensionForm implements Serializable {

  @EJB Extensions extensions;
  @Inject RecordPage page;

  private RecordExtension.Category category;
  private String consentNote18;
  private LocalDate endsOn;

  /** Kept past 18 with the young person's consent, until a date. */
  public void extend() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      extensions.record(page.getChild(), category, consentNote18, endsOn);
      PageMessages.info(
          "The record is kept until " + endsOn + ", unless the extension is withdrawn.");
      category = null;
      consentNote18 = null;
      endsOn = null;
    } catch (InvalidInputException invalid) {
      // The form's inputs are named apart from the rest of the record form's.
      invalid
          .errors()
          .forEach(
              e ->
                  faces.addMessage(
                      "record:extension-" + e.field(),
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    } catch (ContactPointException refused) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  /** The young person withdrew their consent: the record is archived as at 18. */
  public void withdrawExtension() {
    if (PageMessages.attempt(() -> extensions.withdraw(page.getChild()))) {
      PageMessages.info("The extension is withdrawn.");
    }
  }

  /**
   * A member of a local authority's management team (the EJB decides whether the record is their
   * section's).
   */
  public boolean isManagementTeam() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(uk.contactpoint.accounts.entity.Role.LA_MANAGER_NAME);
  }

  public RecordExtension.Category[] getCategories() {
    return RecordExtension.Category.values();
  }

  public RecordExtension.Category getCategory() {
    return category;
  }

  public void setCategory(RecordExtension.Category category) {
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
}
