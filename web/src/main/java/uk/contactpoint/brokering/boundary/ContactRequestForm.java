package uk.contactpoint.brokering.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.contactpoint.access.boundary.RecordPage;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * Brokered contact from the record screen: the management team puts the practitioner in touch
 * (rules 5 and 6).
 */
@Named
@ViewScoped
public class ContactRequestForm implements Serializable {

  @EJB ContactRequests contactRequests;
  @Inject RecordPage page;

  private String contactMessage;
  private Long contactReference;

  public void askForContact() {
    PageMessages.attempt(
        () -> {
          contactReference = contactRequests.ask(page.getChild(), contactMessage);
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
}
