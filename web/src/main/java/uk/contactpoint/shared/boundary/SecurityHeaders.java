package uk.contactpoint.shared.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The Content-Security-Policy of every answer of the application. An answer that is not a page
 * (the API, a file, a redirect) gets the strictest: it loads nothing and is framed nowhere. A
 * page gets {@link #PAGE_POLICY} from PrimeFaces' CSP mode (web.xml), which adds a fresh nonce
 * for the scripts PrimeFaces writes into the page: PrimeFaces adds its header, and this filter
 * lets it take the place of the strict one rather than stand beside it (two policies would both
 * apply, and the strict one would block the page's own styles and scripts).
 *
 * <p>The other security headers (HSTS, nosniff, frame denial, referrer policy) are set by the
 * server for every answer, /openapi included (wildfly-config 01-web.cli).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  public static final String HEADER = "Content-Security-Policy";

  /**
   * For everything that is not a page: nothing may be loaded by it, nobody may frame it. The
   * server sets the same on every answer as the request comes in (01-web.cli), which covers
   * /openapi and the login mechanism's own answers; this filter sets it again after an error
   * page's reset, and lets a page's policy take its place.
   */
  public static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /**
   * For pages, as web.xml gives it to PrimeFaces (which appends its nonce to the last directive,
   * script-src). Styles may be inline: PrimeFaces' widgets and Chart.js set style attributes,
   * and a style cannot run code. Images may be data: URIs (the theme's icons, the empty favicon).
   */
  public static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(HEADER, STRICT_POLICY);
    chain.doFilter(request, new OnePolicy(response));
  }

  /** A policy set further on (PrimeFaces' for a page) replaces the strict one instead of adding a second. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (HEADER.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
