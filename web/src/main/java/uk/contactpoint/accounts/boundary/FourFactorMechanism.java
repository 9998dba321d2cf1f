package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.AccountOutline;
import uk.contactpoint.accounts.control.AdmittedCaller;
import uk.contactpoint.accounts.entity.Role;

/**
 * The only way in for people. A login hands over all four factors; {@link Authenticator} verifies
 * them, and only then is the container told who logged in and the roles and duties the account
 * holds (the `contactpoint` domain makes the identity from them: integrated-jaspi is off, see
 * 04-security.cli). No identity exists before all four factors are verified.
 *
 * <p>A source system presents {@code Authorization: Bearer <key>} instead, on every request; an
 * unrevoked key is the identity source:&lt;code&gt; with the one role SOURCE_SYSTEM.
 *
 * <p>Each later request of the session is re-admitted only while the account is still active and
 * cleared, with the roles it holds now, read in one query ({@link Authenticator#admitted}):
 * disabling an account, revoking its organisation or taking a role away counts at the next request.
 * What that query read is kept for the rest of the request ({@link AdmittedCaller}), so the audit
 * does not read the account again.
 */
@ApplicationScoped
public class FourFactorMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "uk.contactpoint.username";
  static final String RESULT = LoginResult.class.getName();

  private static final Logger LOG = Logger.getLogger(FourFactorMechanism.class.getName());

  @EJB Authenticator authenticator;
  @Inject AdmittedCaller admittedCaller;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() instanceof FourFactorCredential credential) {
      return login(credential, request, context);
    }
    if (!context.isProtected()) {
      // Open paths (login, activation, the login page's styles) need no identity.
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      return sourceSystem(authorization.substring("Bearer ".length()), request, response, context);
    }
    HttpSession session = request.getSession(false);
    String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
    if (username != null) {
      Optional<AccountOutline> admitted = authenticator.admitted(username);
      if (admitted.isPresent()
          && tellContainer(context, admitted.get()) == AuthenticationStatus.SUCCESS) {
        admittedCaller.admit(admitted.get());
        return AuthenticationStatus.SUCCESS;
      }
      session.invalidate();
    }
    return challenge(request, response, context);
  }

  private AuthenticationStatus login(
      FourFactorCredential credential, HttpServletRequest request, HttpMessageContext context) {
    LoginResult result =
        authenticator.login(
            credential.username(),
            credential.password(),
            credential.pin(),
            credential.code(),
            request.getRemoteAddr());
    Optional<AccountOutline> admitted =
        result.succeeded() ? authenticator.admitted(result.username()) : Optional.empty();
    if (admitted.isPresent()
        && tellContainer(context, admitted.get()) == AuthenticationStatus.SUCCESS) {
      // A new session id at login: a session fixed before login is worth nothing after it.
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(SESSION_USER, result.username());
      request.setAttribute(RESULT, result);
      return AuthenticationStatus.SUCCESS;
    }
    request.setAttribute(
        RESULT,
        result.succeeded()
            ? new LoginResult(LoginResult.Outcome.REFUSED, null, LoginResult.GENERIC_MESSAGE)
            : result);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** A machine feed: its key names the identity source:&lt;code&gt;; it never gets a session. */
  private AuthenticationStatus sourceSystem(
      String key,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    var principal = authenticator.sourcePrincipalFor(key);
    if (principal.isPresent()
        && tellContainer(context, principal.get(), Set.of(Role.SOURCE_SYSTEM_NAME))
            == AuthenticationStatus.SUCCESS) {
      return AuthenticationStatus.SUCCESS;
    }
    return challenge(request, response, context);
  }

  private static AuthenticationStatus tellContainer(
      HttpMessageContext context, AccountOutline account) {
    return tellContainer(context, account.username(), account.roleNames());
  }

  /** Should the domain refuse the identity, that is a failed login, nothing more. */
  private static AuthenticationStatus tellContainer(
      HttpMessageContext context, String name, Set<String> roles) {
    try {
      return context.notifyContainerAboutLogin(name, roles);
    } catch (RuntimeException refused) {
      LOG.log(
          Level.INFO,
          "The contactpoint security domain refused an identity: " + refused.getMessage());
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  /** Screens go to the login page; the API answers 401 in its problem+json shape. */
  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Log in first\",\"status\":401,"
                  + "\"detail\":\"Log in with POST /api/v1/session.\"}");
      // Closed, not only flushed: the answer is complete, so the container does not try to
      // send its own 401 page over it (UT010019 "Response already committed", logged as an
      // ERROR with a stack trace at every 401).
      response.getWriter().close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not write the 401 answer", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
