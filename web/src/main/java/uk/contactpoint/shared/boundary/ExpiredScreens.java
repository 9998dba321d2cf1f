package uk.contactpoint.shared.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent from a screen whose saved state the server no longer holds: the session ended (a
 * login screen left open past 20 minutes), more screens were opened since than a session keeps, or
 * — with two nodes — the node that showed the screen died in the moment between answering and
 * copying the session to the other (docs/operations.md). Nothing of the form was done. The user is
 * sent back to the same screen, freshly opened, with a notice saying so (the layout shows it),
 * instead of an error page; what they typed is not carried over, since it may name a child and
 * would only travel in a URL.
 */
public class ExpiredScreens extends ExceptionHandlerWrapper {

  /** The flash entry the layout reads to show the notice on the screen opened again. */
  public static final String NOTICE = "screenExpired";

  private static final Logger LOG = Logger.getLogger(ExpiredScreens.class.getName());

  public ExpiredScreens(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
    while (queued.hasNext()) {
      ViewExpiredException expired = expiredIn(queued.next().getContext().getException());
      if (expired != null) {
        queued.remove();
        openAgain(FacesContext.getCurrentInstance(), expired);
        break;
      }
    }
    getWrapped().handle();
  }

  private static ViewExpiredException expiredIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException expired) {
        return expired;
      }
    }
    return null;
  }

  /** The same address the form was sent to (a page and at most its ids, never personal data). */
  private static void openAgain(FacesContext faces, ViewExpiredException expired) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String address =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    LOG.info(
        () ->
            "A form was sent from a screen the session no longer holds ("
                + expired.getViewId()
                + "); the screen was opened again with a notice");
    external.getFlash().put(NOTICE, Boolean.TRUE);
    try {
      external.redirect(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredScreens(getWrapped().getExceptionHandler());
    }
  }
}
