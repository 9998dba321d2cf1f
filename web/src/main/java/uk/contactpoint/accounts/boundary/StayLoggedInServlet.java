package uk.contactpoint.accounts.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay logged in", posted by the warning every screen shows two minutes before the session's 20
 * minutes of quiet run out (session-timeout.js). Reaching it is a request like any other: the login
 * mechanism has checked the session against the account's current state on the way in, and the
 * request itself restarts the session's clock. It answers nothing else.
 */
@WebServlet("/stay-logged-in")
public class StayLoggedInServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    boolean loggedIn = request.getUserPrincipal() != null && request.getSession(false) != null;
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(
        loggedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
  }
}
