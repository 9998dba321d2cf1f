package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.contactpoint.shared.error.InvalidInputException;

/** Activation in two steps on one screen: choose password and PIN, then enrol the token. */
@Named
@ViewScoped
public class ActivationPage implements Serializable {

  @EJB Activation activation;

  private String username;
  private String activationCode;
  private String password;
  private String pin;
  private String code;
  private Enrolment enrolment;
  private boolean done;

  public void choose() {
    try {
      enrolment = activation.chooseCredentials(username, activationCode, password, pin);
    } catch (InvalidInputException invalid) {
      show(invalid);
    } finally {
      // The view state lives in the session, replicated to every node of a cluster: secrets leave
      // it once used.
      password = null;
      pin = null;
    }
  }

  public void confirm() {
    try {
      activation.confirmToken(username, activationCode, code);
      done = true;
      activationCode = null;
    } catch (InvalidInputException invalid) {
      show(invalid);
    } finally {
      code = null;
    }
  }

  private static void show(InvalidInputException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    invalid
        .errors()
        .forEach(
            error ->
                faces.addMessage(
                    "activation:" + error.field(),
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, error.message(), error.message())));
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public boolean isDone() {
    return done;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getActivationCode() {
    return activationCode;
  }

  public void setActivationCode(String activationCode) {
    this.activationCode = activationCode;
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
