package uk.contactpoint.accounts.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Log out", posted by the button every screen carries. A servlet rather than a screen action, so
 * that logging out works from any screen, even one whose saved state the session no longer holds
 * (where a screen action would only reopen the screen: ExpiredScreens). Another site cannot post it
 * with the practitioner's session: the session cookie is SameSite=Strict.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject Logins logins;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    logins.logout(request);
    response.sendRedirect(request.getContextPath() + "/login.xhtml");
  }
}
