package uk.contactpoint.feeds.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.contactpoint.shared.boundary.PageError;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The source systems screen, for a local authority's IT: its sources and their keys (never a key
 * itself), registering a source by issuing its first key, rotating and revoking keys. A new key is
 * shown once, on this page only; the EJB decides whose sources these are.
 */
@Named
@ViewScoped
public class SourcesPage implements Serializable {

  @EJB SourceKeys sourceKeys;

  private List<SourceKeys.SourceSummary> sources;
  private final List<PageError> errors = new ArrayList<>();
  private String sourceCode;
  private String sectionCode;
  private SourceKeys.IssuedKey issued;
  private Long revoking;

  public List<SourceKeys.SourceSummary> getSources() {
    if (sources == null) {
      sources = sourceKeys.sources();
    }
    return sources;
  }

  /** A key for the source typed in: registers the source if it is new. */
  public void issue() {
    String code = sourceCode == null ? null : sourceCode.strip().toUpperCase(java.util.Locale.ROOT);
    if (act(() -> sourceKeys.issue(code, sectionCode))) {
      sourceCode = sectionCode = null;
    }
  }

  public void rotate(long keyId) {
    act(() -> sourceKeys.rotate(keyId));
  }

  /** The first step of revoking: the page asks to confirm. */
  public void askToRevoke(long keyId) {
    revoking = keyId;
    issued = null;
  }

  public void revoke() {
    Long keyId = revoking;
    revoking = null;
    if (keyId != null && PageMessages.attempt(() -> sourceKeys.revoke(keyId))) {
      sources = null;
      PageMessages.info("The key is revoked: the source can no longer send with it.");
    }
  }

  public void cancelRevoke() {
    revoking = null;
  }

  private boolean act(Supplier<SourceKeys.IssuedKey> step) {
    errors.clear();
    issued = null;
    revoking = null;
    try {
      issued = step.get();
      sources = null;
      return true;
    } catch (InvalidInputException invalid) {
      invalid
          .errors()
          .forEach(
              e -> {
                String input =
                    "source:" + ("sectionCode".equals(e.field()) ? "sectionCode" : "sourceCode");
                errors.add(new PageError(input, e.message()));
                FacesContext.getCurrentInstance()
                    .addMessage(
                        input,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message()));
              });
    } catch (ContactPointException refused) {
      PageMessages.show(refused);
    }
    return false;
  }

  /** A key's date and time, as the other screens show them. */
  public String when(java.time.Instant at) {
    return uk.contactpoint.shared.boundary.ScreenDates.whenOf(at);
  }

  /** Plain words for a source's status. */
  public String statusLabel(String status) {
    return "LIVE".equals(status) ? "Live" : "On trial";
  }

  public List<PageError> getErrors() {
    return errors;
  }

  public SourceKeys.IssuedKey getIssued() {
    return issued;
  }

  public Long getRevoking() {
    return revoking;
  }

  public String getSourceCode() {
    return sourceCode;
  }

  public void setSourceCode(String sourceCode) {
    this.sourceCode = sourceCode;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public void setSectionCode(String sectionCode) {
    this.sectionCode = sectionCode;
  }
}
