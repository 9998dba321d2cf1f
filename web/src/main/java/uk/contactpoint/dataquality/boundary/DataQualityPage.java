package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.contactpoint.dataquality.control.CaseView;
import uk.contactpoint.shared.boundary.PageMessages;

/**
 * The data-quality duty's screen: each held feed record beside its candidates, field by field, with
 * the buttons that link it or make it a new record; practitioners' inaccuracy flags; moves.
 */
@Named
@ViewScoped
public class DataQualityPage implements Serializable {

  /** The rows of the side-by-side table, in the order a person compares them. */
  private static final List<String> FIELDS =
      List.of("given", "family", "dateOfBirth", "gender", "postcode", "nhsNumber", "parentsCarers");

  private static final Map<String, String> LABELS =
      Map.of(
          "given",
          "Given names",
          "family",
          "Family name",
          "dateOfBirth",
          "Date of birth",
          "gender",
          "Gender",
          "postcode",
          "Postcode",
          "nhsNumber",
          "NHS number",
          "parentsCarers",
          "Parents and carers");

  @EJB MatchCases matchCases;
  @EJB Merges recordMerges;
  @EJB SourceTrials sourceTrials;
  @EJB InaccuracyQueue inaccuracyQueue;
  @EJB Transfers sectionTransfers;

  /** The page's list of recent links, which a decision here adds to. */
  @jakarta.inject.Inject LinksPage links;

  private List<CaseView> cases;
  private List<InaccuracyQueue.Inaccuracy> inaccuracies;
  private List<Transfers.Transfer> transfers;
  private List<SourceTrials.SourceQuality> sources;
  private List<Merges.MergeView> merges;
  private String survivorId;
  private String duplicateId;
  private String mergeReason;
  private final Map<Long, String> splitReasons = new java.util.HashMap<>();

  public void merge() {
    if (PageMessages.attempt(
        () ->
            recordMerges.merge(
                survivorId == null ? null : survivorId.strip(),
                duplicateId == null ? null : duplicateId.strip(),
                mergeReason))) {
      PageMessages.info("The records were merged. If that was wrong, split the merge below.");
      survivorId = null;
      duplicateId = null;
      mergeReason = null;
      merges = null;
    }
  }

  public void split(long mergeId) {
    if (PageMessages.attempt(() -> recordMerges.split(mergeId, splitReasons.get(mergeId)))) {
      PageMessages.info("Merge " + mergeId + " was split: both records are back as they were.");
      merges = null;
    }
  }

  public List<Merges.MergeView> getMerges() {
    if (merges == null) {
      merges = recordMerges.merges();
    }
    return merges;
  }

  public String getSurvivorId() {
    return survivorId;
  }

  public void setSurvivorId(String survivorId) {
    this.survivorId = survivorId;
  }

  public String getDuplicateId() {
    return duplicateId;
  }

  public void setDuplicateId(String duplicateId) {
    this.duplicateId = duplicateId;
  }

  public String getMergeReason() {
    return mergeReason;
  }

  public void setMergeReason(String mergeReason) {
    this.mergeReason = mergeReason;
  }

  public Map<Long, String> getSplitReasons() {
    return splitReasons;
  }

  public void approve(String sourceCode) {
    if (PageMessages.attempt(() -> sourceTrials.approveSource(sourceCode))) {
      PageMessages.info(sourceCode + " is live: its trial and waiting batches are being applied.");
      sources = null;
    }
  }

  public List<SourceTrials.SourceQuality> getSources() {
    if (sources == null) {
      sources = sourceTrials.sources();
    }
    return sources;
  }

  public String percent(double rate) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
  }

  public void link(long caseId, String childId) {
    if (PageMessages.attempt(() -> matchCases.link(caseId, childId))) {
      PageMessages.info("Case " + caseId + ": the record was linked and its facts applied.");
      cases = null;
      links.refresh();
    }
  }

  public void createNew(long caseId) {
    if (PageMessages.attempt(() -> matchCases.createNew(caseId))) {
      PageMessages.info("Case " + caseId + ": a new record was made" + " from it.");
      cases = null;
    }
  }

  /** Another form of the page changed the queue or the links: read them again for this answer. */
  void refresh() {
    cases = null;
    merges = null;
    transfers = null;
  }

  public void close(long reportId) {
    if (PageMessages.attempt(() -> inaccuracyQueue.closeInaccuracy(reportId))) {
      PageMessages.info("The report was closed.");
      inaccuracies = null;
    }
  }

  public List<CaseView> getCases() {
    if (cases == null) {
      cases = matchCases.openCases();
    }
    return cases;
  }

  public List<InaccuracyQueue.Inaccuracy> getInaccuracies() {
    if (inaccuracies == null) {
      inaccuracies = inaccuracyQueue.inaccuracies();
    }
    return inaccuracies;
  }

  public List<Transfers.Transfer> getTransfers() {
    if (transfers == null) {
      transfers = sectionTransfers.transfers();
    }
    return transfers;
  }

  public List<String> getFields() {
    return FIELDS;
  }

  public String label(String field) {
    return LABELS.get(field);
  }

  /** A side's value of one field, as text. */
  public String value(CaseView.Person person, String field) {
    Object value =
        switch (field) {
          case "given" -> person.given();
          case "family" -> person.family();
          case "dateOfBirth" -> person.dateOfBirth();
          case "gender" -> person.gender();
          case "postcode" -> person.postcode();
          case "nhsNumber" -> person.nhsNumber();
          case "parentsCarers" ->
              person.parentsCarers().isEmpty() ? null : String.join(", ", person.parentsCarers());
          default -> null;
        };
    return value == null ? "—" : value.toString();
  }

  /** How a candidate's field compares, in words (the colour is never the only sign). */
  public String agreement(CaseView.Candidate candidate, String field) {
    return switch (candidate.fields().getOrDefault(field, "MISSING")) {
      case "AGREE" -> "agrees";
      case "PARTIAL" -> "close";
      case "DISAGREE" -> "differs";
      default -> "not known";
    };
  }

  public String reason(String reason) {
    return switch (reason) {
      case "SHIELDED_CANDIDATE" -> "It meets a shielded record: decide here, never by a feed";
      case "AMBIGUOUS" -> "Two records are too alike to choose between";
      case "IDENTIFIER_CONFLICT" ->
          "Its NHS number or pupil number names a record whose details differ";
      default -> "It is close to a record, but not close enough to link";
    };
  }

  public String when(Instant at) {
    return uk.contactpoint.shared.boundary.ScreenDates.whenOf(at);
  }
}
