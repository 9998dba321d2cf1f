package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;

/**
 * Login and logout as the screens and the API both do them: through the container, never around it.
 */
@ApplicationScoped
public class Logins {

  @Inject SecurityContext security;
  @EJB SessionEnd sessionEnd;
  @Inject Clock clock;

  public LoginResult login(
      HttpServletRequest request, HttpServletResponse response, FourFactorCredential credential) {
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    LoginResult result = (LoginResult) request.getAttribute(FourFactorMechanism.RESULT);
    if (status == AuthenticationStatus.SUCCESS && result != null && result.succeeded()) {
      return result;
    }
    return result != null && !result.succeeded()
        ? result
        : new LoginResult(LoginResult.Outcome.REFUSED, null, LoginResult.GENERIC_MESSAGE);
  }

  public void logout(HttpServletRequest request) {
    HttpSession ending = request.getSession(false);
    String username =
        request.getUserPrincipal() != null
            ? request.getUserPrincipal().getName()
            : ending == null
                ? null
                : (String) ending.getAttribute(FourFactorMechanism.SESSION_USER);
    if (username != null) {
      sessionEnd.loggedOut(username);
    }
    try {
      request.logout();
    } catch (ServletException e) {
      // Already logged out: nothing left to end but the session.
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  public SessionInfo describe(HttpServletRequest request) {
    List<String> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      if (request.isUserInRole(role.name())) {
        roles.add(role.name());
      }
    }
    for (Duty duty : Duty.values()) {
      if (request.isUserInRole(duty.roleName())) {
        roles.add(duty.roleName());
      }
    }
    HttpSession session = request.getSession(true);
    return new SessionInfo(
        request.getUserPrincipal().getName(),
        roles,
        Instant.now(clock).plusSeconds(session.getMaxInactiveInterval()));
  }
}
