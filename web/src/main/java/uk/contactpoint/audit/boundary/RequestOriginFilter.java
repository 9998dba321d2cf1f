package uk.contactpoint.audit.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.contactpoint.audit.control.RequestOrigin;

/** Hands the request's address to the audit trail ("from where") for the length of the request. */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RequestOrigin.set(request.getRemoteAddr());
    try {
      chain.doFilter(request, response);
    } finally {
      RequestOrigin.clear();
    }
  }
}
