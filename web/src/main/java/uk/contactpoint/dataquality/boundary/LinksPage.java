package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * The section's recent links on the data-quality screen, each with "Undo this link" and its
 * required reason; a link whose facts were changed again since is undone only when the manager
 * ticks to keep those facts as they are now.
 */
@Named
@ViewScoped
public class LinksPage implements Serializable {

  private static final Map<String, String> CHANGED =
      Map.of(
          "name",
          "name",
          "address",
          "address",
          "section",
          "local authority",
          "school",
          "school",
          "gp",
          "GP",
          "dateOfDeath",
          "date of death",
          "identifiers",
          "identifiers",
          "carers",
          "parents and carers",
          "involvements",
          "involvements",
          "ended",
          "an involvement's end");

  @EJB Links links;
  @jakarta.inject.Inject DataQualityPage queue;

  private List<Links.LinkView> recent;
  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, Boolean> keep = new HashMap<>();

  public void undo(long linkId) {
    Links.Undone[] done = new Links.Undone[1];
    boolean undone;
    try {
      done[0] = links.undo(linkId, reasons.get(linkId), Boolean.TRUE.equals(keep.get(linkId)));
      undone = true;
    } catch (InvalidInputException invalid) {
      // The one field of an undo is its reason: named, in the words of the form.
      invalid.errors().forEach(e -> PageMessages.error("Why the link was wrong: " + e.message()));
      undone = false;
    } catch (ContactPointException refused) {
      PageMessages.show(refused);
      undone = false;
    }
    if (undone) {
      PageMessages.info(
          "The link was undone: the record's facts are back as they were"
              + (done[0].kept().isEmpty()
                  ? ""
                  : ", except "
                      + String.join(", ", done[0].kept().stream().map(this::words).toList())
                      + " (changed since, kept)")
              + ". The feed record waits in the queue above as case "
              + done[0].caseId()
              + ".");
      recent = null;
      queue.refresh();
    }
  }

  /** A decision in the queue linked a record: read the list again. */
  void refresh() {
    recent = null;
  }

  public List<Links.LinkView> getRecent() {
    if (recent == null) {
      recent = links.recent();
    }
    return recent;
  }

  /** What a link changed, in words. */
  public String changed(Links.LinkView link) {
    return link.changed().isEmpty()
        ? "nothing (it only matched)"
        : String.join(", ", link.changed().stream().map(this::words).toList());
  }

  public String by(String linkedBy) {
    return linkedBy.startsWith("feed:") ? "the feed itself" : linkedBy;
  }

  private String words(String field) {
    return CHANGED.getOrDefault(field, field);
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Map<Long, Boolean> getKeep() {
    return keep;
  }
}
