package uk.contactpoint.auditreview.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.contactpoint.access.boundary.RecordPage;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.shared.error.ForbiddenException;

/**
 * "Who has looked at this record", on the record screen, for a reviewer of the record's section
 * (DESIGN.md rule 4); read once the record is open, and again only for another record. Reading it
 * is itself audited, by AuditReview.
 */
@Named
@ViewScoped
public class RecordLooksPanel implements Serializable {

  @EJB AuditReview review;
  @Inject RecordPage page;

  private String readFor;
  private List<RecordLook> looks;

  /** Who has opened this record, newest first; null for everyone but its section's reviewers. */
  public List<RecordLook> getLooks() {
    if (page.getRecord() == null || !reviewsTheTrail()) {
      return null;
    }
    if (!page.getChild().equals(readFor)) {
      readFor = page.getChild();
      try {
        looks = review.whoLooked(readFor);
      } catch (ForbiddenException otherSection) {
        looks = null;
      }
    }
    return looks;
  }

  private static boolean reviewsTheTrail() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Duty.AUDIT_REVIEW_ROLE);
  }
}
