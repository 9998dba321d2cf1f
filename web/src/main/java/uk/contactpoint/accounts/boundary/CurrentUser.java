package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.List;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;

/** Who is logged in, for the page header; what they may do is decided in the EJBs. */
@Named
@RequestScoped
public class CurrentUser {

  @EJB MyAccount myAccount;

  private List<String> reminders;

  /** Reminders for the logged-in person (vetting about to run out), read once per request. */
  public List<String> getReminders() {
    if (reminders == null) {
      reminders = isLoggedIn() ? myAccount.reminders() : List.of();
    }
    return reminders;
  }

  public String getName() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  /**
   * The person's name for the header, read once per session: a name changes rarely, and the header
   * is on every page. What the person may do is never read from here.
   */
  public String getFullName() {
    String username = getName();
    if (username == null) {
      return null;
    }
    var session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    String key = FULL_NAME + username;
    return (String) session.computeIfAbsent(key, k -> myAccount.fullName());
  }

  private static final String FULL_NAME = "contactpoint.fullName.";

  public boolean isLoggedIn() {
    return getName() != null;
  }

  /** Practitioners and management teams search children; operators and auditors do not. */
  public boolean isWorkingWithChildren() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.PRACTITIONER_NAME)
        || external.isUserInRole(Role.LA_MANAGER_NAME);
  }

  public boolean isUserAdministrator() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.ADMIN_NAME)
        || external.isUserInRole(Duty.USER_ADMINISTRATION_ROLE);
  }

  /** Reviewers of the trail, and operators who verify it. */
  public boolean isAuditUser() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.AUDITOR_NAME)
        || external.isUserInRole(Duty.AUDIT_REVIEW_ROLE)
        || external.isUserInRole(Role.ADMIN_NAME);
  }

  public boolean isAuditReviewer() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Duty.AUDIT_REVIEW_ROLE);
  }

  public boolean isAuditor() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.AUDITOR_NAME);
  }

  /** Operators: the archived records' statutory door is theirs. */
  public boolean isOperator() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
  }

  public boolean isShieldingDuty() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Duty.SHIELDING_ROLE);
  }

  public boolean isBrokeringDuty() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Duty.BROKERING_ROLE);
  }

  public boolean isDataQualityDuty() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Duty.DATA_QUALITY_ROLE);
  }

  public boolean isManagementTeam() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(uk.contactpoint.accounts.entity.Role.LA_MANAGER_NAME);
  }
}
