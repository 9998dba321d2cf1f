package uk.contactpoint.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.security.Principal;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;

/** Who is logged in, for the page header; what they may do is decided in the EJBs. */
@Named
@RequestScoped
public class CurrentUser {

  public String getName() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isLoggedIn() {
    return getName() != null;
  }

  public boolean isUserAdministrator() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.ADMIN_NAME) || external.isUserInRole(Duty.USER_ADMINISTRATION_ROLE);
  }
}
