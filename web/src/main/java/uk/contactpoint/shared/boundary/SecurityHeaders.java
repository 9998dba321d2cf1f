package uk.contactpoint.shared.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Content-Security-Policy of every answer of the application: a page gets {@link #PAGE_POLICY},
 * anything else (the API, a redirect) the strictest, {@link #STRICT_POLICY}. The other security
 * headers (HSTS, nosniff, frame denial, referrer policy) are set by the server for every answer,
 * /openapi included (wildfly-config 01-web.cli), which also sets the strict policy as a request
 * comes in, so that the login mechanism's own answers carry it.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  public static final String HEADER = "Content-Security-Policy";

  /** For everything that is not a page: nothing may be loaded by it, nobody may frame it. */
  public static final String STRICT_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * For pages: everything from ContactPoint itself, nothing from elsewhere, no plugins, forms sent
   * only to ContactPoint, framed nowhere. Scripts and styles may be inline: PrimeFaces writes its
   * widgets' start-up scripts (the dashboard's charts) and style attributes into the page.
   * PrimeFaces' nonce mode (primefaces.CSP) was tried and left off: it refuses every form sent back
   * without the nonce its own script adds, and the screens are plain forms without it
   * (docs/security.md).
   */
  public static final String PAGE_POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(HEADER, isPage(request) ? PAGE_POLICY : STRICT_POLICY);
    chain.doFilter(request, response);
  }

  /** A screen (Faces' *.xhtml, the welcome page) or an error page shown in place of one. */
  static boolean isPage(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/") || path.isEmpty() || path.endsWith(".xhtml");
  }
}
