package uk.contactpoint.access.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.contactpoint.access.control.HomeView;

/** The home page's two lists, read once per request. */
@Named
@RequestScoped
public class HomePage {

  @EJB MyChildren myChildren;

  private HomeView home;

  public HomeView getHome() {
    if (home == null) {
      home = myChildren.home();
    }
    return home;
  }

  /** Plain words for what happened. */
  public String describe(String kind) {
    return switch (kind) {
      case "JOINED" -> "started working with";
      case "ENDED" -> "stopped working with";
      case "TOOK_LEAD" -> "became lead professional for";
      case "TOOK_CAF" -> "took over the CAF you held for";
      default -> "changed something on the record of";
    };
  }
}
