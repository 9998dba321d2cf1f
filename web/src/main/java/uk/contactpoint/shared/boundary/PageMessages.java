package uk.contactpoint.shared.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * How a page shows the EJBs' answers: a field error beside the page's input of that name, and so in
 * the error summary linked to it (ErrorSummary); a field the form names differently, and a refusal,
 * as an error message at the page's top; a done step as information.
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
      invalid
          .errors()
          .forEach(
              e ->
                  faces.addMessage(
                      inputNamed(faces, e.field()),
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    } else {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
    }
  }

  /**
   * The client id of the one rendered input whose id is the field's name; null when none or
   * several.
   */
  static String inputNamed(FacesContext faces, String field) {
    if (field == null || faces.getViewRoot() == null) {
      return null;
    }
    java.util.List<String> found = new java.util.ArrayList<>();
    faces
        .getViewRoot()
        .visitTree(
            jakarta.faces.component.visit.VisitContext.createVisitContext(
                faces,
                null,
                java.util.Set.of(jakarta.faces.component.visit.VisitHint.SKIP_UNRENDERED)),
            (context, component) -> {
              if (component instanceof jakarta.faces.component.EditableValueHolder
                  && field.equals(component.getId())) {
                found.add(component.getClientId(context.getFacesContext()));
              }
              return jakarta.faces.component.visit.VisitResult.ACCEPT;
            });
    return found.size() == 1 ? found.get(0) : null;
  }

  public static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
  }
}
