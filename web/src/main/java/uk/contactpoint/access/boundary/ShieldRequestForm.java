package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shielding.boundary.ShieldRequests;

/**
 * A practitioner asks the management team for a shield from the record screen; told the reference,
 * later the decision.
 */
@Named
@ViewScoped
public class ShieldRequestForm implements Serializable {

  @EJB ShieldRequests shieldRequests;
  @Inject RecordPage page;

  private String shieldReason;
  private Long shieldReference;

  public void askForShield() {
    PageMessages.attempt(
        () -> {
          shieldReference = shieldRequests.request(page.getChild(), shieldReason);
          shieldReason = null;
        });
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
}
