package uk.contactpoint.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test-support WAR shares the EAR's security domain, so Jakarta Security asks this WAR for a
 * mechanism too; it authenticates no one and protects nothing.
 */
@ApplicationScoped
public class OpenMechanism implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
