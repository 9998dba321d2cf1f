package uk.contactpoint.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.contactpoint.shared.boundary.PageError;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * "Your account": the holder's own work phone and e-mail (every involvement of theirs shows them)
 * and whether they want the daily e-mail of changes. The EJB decides; this page only asks.
 */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

  @EJB MyAccount myAccount;

  private MyAccount.OwnDetails held;
  private String phone;
  private String email;
  private boolean daily;
  private final List<PageError> errors = new ArrayList<>();

  @PostConstruct
  void load() {
    held = myAccount.ownDetails();
    phone = held.phone();
    email = held.email();
    daily = held.dailyDigest();
  }

  public void save() {
    errors.clear();
    String newPhone = blankToEmpty(phone);
    String newEmail = blankToEmpty(email);
    if (daily && newEmail.isEmpty()) {
      // Checked before anything is saved, so a refusal leaves every detail as it was.
      error("daily", "Give your work e-mail address: the daily e-mail goes there");
      return;
    }
    try {
      if (!Objects.equals(newPhone, blankToEmpty(held.phone()))
          || !Objects.equals(newEmail, blankToEmpty(held.email()))) {
        myAccount.changeContactDetails(newPhone, newEmail);
      }
      if (daily != held.dailyDigest()) {
        myAccount.askForDailyDigest(daily);
      }
    } catch (InvalidInputException invalid) {
      invalid.errors().forEach(e -> error(e.field(), e.message()));
      return;
    } catch (ContactPointException refused) {
      PageMessages.show(refused);
      return;
    }
    load();
    PageMessages.info("Your details are saved.");
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  private void error(String field, String message) {
    String input =
        "account:" + (List.of("phone", "email", "daily").contains(field) ? field : "phone");
    errors.add(new PageError(input, message));
    FacesContext.getCurrentInstance()
        .addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public List<PageError> getErrors() {
    return errors;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isDaily() {
    return daily;
  }

  public void setDaily(boolean daily) {
    this.daily = daily;
  }
}
