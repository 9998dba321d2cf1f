package uk.contactpoint.lifecycle.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import uk.contactpoint.access.control.ChildRecordView;
import uk.contactpoint.access.control.VisibilityPolicy;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.control.ChildInvolvements;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * Archived records for operators (rule 8): once the section's management team's year is over, an
 * archived record is open only to an operator who states one of the statutory purposes and what the
 * enquiry or review is. Every opening is audited with both and alerts the auditors ({@link
 * AuditAction#alwaysAlerts()}), whoever the operator is.
 *
 * <p>The record is shown as it stood on the day it was archived (the involvements listed then),
 * through the same visibility policy as every other view: a shield still holds and sensitive
 * services are still not named — those have doors of their own (the override, brokering).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ArchivedRecords {

  private static final Logger LOG = Logger.getLogger(ArchivedRecords.class.getName());
  static final int JUSTIFICATION_LENGTH = 500;

  @Inject Clock clock;
  @Inject Children children;
  @Inject ChildInvolvements childInvolvements;
  @Inject AuditNotes audit;

  private final VisibilityPolicy visibility = new VisibilityPolicy();

  @Audited(AuditAction.ARCHIVED_RECORD_OPENED)
  public ChildRecordView openForStatutoryPurpose(
      String childId, StatutoryPurpose purpose, String justification) {
    if (purpose == null) {
      throw InvalidInputException.invalid(
          "purpose",
          "Choose the statutory purpose: a child-protection enquiry, a serious case review"
              + " or a child-death review");
    }
    if (justification == null || justification.isBlank()) {
      throw InvalidInputException.invalid(
          "justification", "Name the enquiry or review and why it needs this record");
    }
    if (justification.length() > JUSTIFICATION_LENGTH) {
      throw InvalidInputException.invalid(
          "justification", "Write at most " + JUSTIFICATION_LENGTH + " characters");
    }
    Child child = children.getEvenArchived(childId);
    audit.current().child(child).detail("purpose", purpose).detail("justification", justification);
    LocalDate archivedOn =
        child
            .archivedOn()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "This record is not archived: it is open to practitioners with a reason."));
    LocalDate teamUntil = archivedOn.plusYears(VisibilityPolicy.ARCHIVE_TEAM_YEARS);
    if (LocalDate.now(clock).isBefore(teamUntil)) {
      throw new ConflictException(
          "Until "
              + teamUntil
              + " this archived record is open to its section's management team: ask them.");
    }
    LOG.info(() -> "Archived record " + child.id() + " opened by an operator for " + purpose);
    return visibility.recordFor(
        child,
        childInvolvements.of(child),
        new VisibilityPolicy.Viewer(null, archivedOn),
        children.livesWithAShieldedCarer(child));
  }
}
