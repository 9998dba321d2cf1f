package uk.contactpoint.shared.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A screen the caller's role may not use. The EJB behind it refuses (its @RolesAllowed is the rule
 * that counts, and DenialInterceptor audits the refusal); here that refusal, wrapped by EL and
 * Faces on its way out, becomes the plain "not allowed" page with status 403 (web.xml's error page
 * for 403), instead of the server's 500 page with a stack trace. The log gets one line naming the
 * screen, without a stack trace: a refusal is expected, not a failure.
 */
public class ForbiddenScreens extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ForbiddenScreens.class.getName());

  public ForbiddenScreens(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
    while (queued.hasNext()) {
      if (refusal(queued.next().getContext().getException())) {
        queued.remove();
        refuse(FacesContext.getCurrentInstance());
        // Whatever else went wrong on this screen followed from the refusal.
        while (queued.hasNext()) {
          queued.next();
          queued.remove();
        }
        return;
      }
    }
    getWrapped().handle();
  }

  /** True when an EJB's refusal of the caller's role is the cause, however deeply wrapped. */
  static boolean refusal(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    // The view id names the screen only: screens carry no personal data in their paths.
    String screen =
        faces.getViewRoot() == null
            ? external.getRequestServletPath()
            : faces.getViewRoot().getViewId();
    LOG.info(() -> "A screen was refused for the caller's role: " + screen);
    if (!external.isResponseCommitted()) {
      external.responseReset();
      try {
        external.responseSendError(403, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
      return new ForbiddenScreens(getWrapped().getExceptionHandler());
    }
  }
}
