package uk.contactpoint.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * GOV.UK's error summary for every form: "There is a problem" at the top of the page, each error of
 * a field linking to that field, whichever screen raised it (a converter, a validator or an EJB's
 * answer mapped to its field). The layout shows it unless the page draws its own.
 */
@Named
@ApplicationScoped
public class ErrorSummary {

  /**
   * Read afresh at every call, never kept: the panel's "rendered" is asked in every phase of the
   * request, before the page's action has added its messages.
   */
  public List<PageError> getEntries() {
    List<PageError> entries = new ArrayList<>();
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      if (id == null) {
        continue; // a message about the whole form stays in the page's own box at its top
      }
      faces.getMessageList(id).stream()
          .filter(message -> FacesMessage.SEVERITY_ERROR.equals(message.getSeverity()))
          .map(message -> new PageError(id, message.getSummary()))
          .distinct()
          .forEach(entries::add);
    }
    return entries;
  }
}
