package uk.contactpoint.shared.boundary;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.csp.CspState;
import org.primefaces.util.Constants;

/**
 * A fresh CSP nonce for every page ContactPoint renders, a form's answer included.
 *
 * <p>PrimeFaces' CSP mode expects a form sent back to carry the nonce of the page it came from
 * (a hidden field its own script adds to forms) and refuses the request otherwise ("CSP nonce
 * mismatch", a 500). ContactPoint's screens are plain forms without PrimeFaces' scripts, so no
 * form would carry it. A full page needs no old nonce: its answer is a new page with a new
 * policy header, and a nonce the server makes for each answer is what CSP asks for. Only an
 * Ajax request, whose scripts run in the page already shown, keeps PrimeFaces' own check.
 */
public class PageNonces implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    // PrimeFacesContext.getCspState takes the state found under this key, or makes its own.
    faces.getAttributes().put(CspState.class.getName(), new FreshNonce(faces));
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing after restoring the view.
  }

  static final class FreshNonce extends CspState {

    private final transient FacesContext faces;
    private String nonce;

    FreshNonce(FacesContext faces) {
      super(faces);
      this.faces = faces;
    }

    @Override
    public String getNonce() {
      if (faces.getPartialViewContext().isAjaxRequest()) {
        return super.getNonce();
      }
      if (nonce == null) {
        nonce = generateNonce();
        UIViewRoot view = faces.getViewRoot();
        if (view != null && !view.isTransient()) {
          // Where PrimeFaces looks for it when an Ajax request comes from this page.
          view.getViewMap(true).put(Constants.RequestParams.NONCE_PARAM, nonce);
        }
      }
      return nonce;
    }
  }
}
