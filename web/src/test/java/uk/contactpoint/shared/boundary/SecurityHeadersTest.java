package uk.contactpoint.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  /** web.xml gives PrimeFaces the pages' policy; the class names it for docs and tests: one policy, not two. */
  @Test
  void thePagesPolicyIsTheOneWebXmlGivesPrimeFaces() throws IOException {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher policy = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)</param-value>").matcher(webXml);
    assertTrue(policy.find(), "web.xml sets primefaces.CSP_POLICY");
    assertEquals(SecurityHeaders.PAGE_POLICY, policy.group(1));
    assertTrue(webXml.matches("(?s).*<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>.*"), "PrimeFaces' CSP mode is on");
    // PrimeFaces appends its nonce to the policy's end: the last directive must be script-src.
    assertTrue(SecurityHeaders.PAGE_POLICY.endsWith("script-src 'self'"));
    assertFalse(SecurityHeaders.PAGE_POLICY.contains("unsafe-eval"));
    assertTrue(SecurityHeaders.PAGE_POLICY.contains("frame-ancestors 'none'"));
    assertTrue(SecurityHeaders.STRICT_POLICY.contains("default-src 'none'") && SecurityHeaders.STRICT_POLICY.contains("frame-ancestors 'none'"));
  }

  @Test
  void aRoleRefusalIsFoundHoweverDeeplyFacesAndElWrapIt() {
    EJBAccessException refused = new EJBAccessException("WFLYEJB0364: Invocation on method list is not allowed");
    assertTrue(ForbiddenScreens.refusal(refused));
    assertTrue(ForbiddenScreens.refusal(new FacesException(new ELException(new ServletException(refused)))));
    assertFalse(ForbiddenScreens.refusal(new FacesException(new ELException(new IllegalStateException("something else")))));
    assertFalse(ForbiddenScreens.refusal(null));
  }
}
