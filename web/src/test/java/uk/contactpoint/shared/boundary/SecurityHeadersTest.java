package uk.contactpoint.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void everyPolicyForbidsFramingAndThePagesLoadNothingFromElsewhere() {
    assertTrue(SecurityHeaders.PAGE_POLICY.contains("frame-ancestors 'none'"));
    assertTrue(SecurityHeaders.PAGE_POLICY.startsWith("default-src 'self';"));
    assertTrue(
        SecurityHeaders.PAGE_POLICY.contains("object-src 'none'")
            && SecurityHeaders.PAGE_POLICY.contains("form-action 'self'"));
    assertFalse(
        SecurityHeaders.PAGE_POLICY.contains("unsafe-eval")
            || SecurityHeaders.PAGE_POLICY.contains("*"));
    assertTrue(
        SecurityHeaders.STRICT_POLICY.contains("default-src 'none'")
            && SecurityHeaders.STRICT_POLICY.contains("frame-ancestors 'none'"));
  }

  @Test
  void aRoleRefusalIsFoundHoweverDeeplyFacesAndElWrapIt() {
    EJBAccessException refused =
        new EJBAccessException("WFLYEJB0364: Invocation on method list is not allowed");
    assertTrue(ForbiddenScreens.refusal(refused));
    assertTrue(
        ForbiddenScreens.refusal(
            new FacesException(new ELException(new ServletException(refused)))));
    assertFalse(
        ForbiddenScreens.refusal(
            new FacesException(new ELException(new IllegalStateException("something else")))));
    assertFalse(ForbiddenScreens.refusal(null));
  }
}
