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

/** The login screen: four boxes, one call, one generic message whatever was wrong. */
@Named
@RequestScoped
public class LoginPage {

  @Inject Logins logins;

  private String username;
  private String password;
  private String pin;
  private String code;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    LoginResult result = logins.login((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
        new FourFactorCredential(username, password, pin, code));
    if (result.succeeded()) {
      external.redirect(external.getRequestContextPath() + "/");
      return;
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, result.message(), result.message()));
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
