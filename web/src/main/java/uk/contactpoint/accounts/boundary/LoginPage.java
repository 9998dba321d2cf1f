package uk.contactpoint.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.shared.boundary.PageError;

/**
 * The login screen: four boxes, one call. A box left empty is named beside it and in the error
 * summary (nothing is tried, so nothing counts towards a lockout); details that are wrong get one
 * generic message whatever was wrong, so the screen never tells which factor failed.
 */
@Named
@RequestScoped
public class LoginPage {

  @Inject Logins logins;

  private String username;
  private String password;
  private String pin;
  private String code;
  private final List<PageError> errors = new ArrayList<>();

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    required(faces, "username", username, "Enter your username");
    required(faces, "password", password, "Enter your password");
    required(faces, "pin", pin, "Enter your PIN");
    required(faces, "code", code, "Enter the 6-digit code your security token shows now");
    if (!errors.isEmpty()) {
      return;
    }
    LoginResult result =
        logins.login(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            new FourFactorCredential(username, password, pin, code));
    if (result.succeeded()) {
      external.redirect(external.getRequestContextPath() + "/");
      return;
    }
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, result.message(), result.message()));
  }

  private void required(FacesContext faces, String field, String value, String message) {
    if (value == null || value.isBlank()) {
      String input = "login:" + field;
      errors.add(new PageError(input, message));
      faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  public List<PageError> getErrors() {
    return errors;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPin() {
    return pin;
  }

  public void setPin(String pin) {
    this.pin = pin;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
