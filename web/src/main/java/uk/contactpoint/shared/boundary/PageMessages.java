package uk.contactpoint.shared.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * How a page shows the EJBs' answers at its top: every field error and refusal as an error
 * message, a done step as information. For forms whose fields the EJB names differently.
 */
public final class PageMessages {

  private PageMessages() {}

  /** Runs one step of a page; returns false (with the messages shown) when the EJB refused it. */
  public static boolean attempt(Runnable step) {
    try {
      step.run();
      return true;
    } catch (ContactPointException refused) {
      show(refused);
      return false;
    }
  }

  public static void show(ContactPointException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refused instanceof InvalidInputException invalid) {
      invalid.errors().forEach(e -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    } else {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  public static void error(String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
  }
}
