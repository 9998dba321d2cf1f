package uk.contactpoint.auditreview.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.auditreview.control.AuditEvent;
import uk.contactpoint.auditreview.control.AuditQuery;
import uk.contactpoint.auditreview.control.ReviewScope;
import uk.contactpoint.auditreview.control.TrailCsv;
import uk.contactpoint.auditreview.control.TrailEvents;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.error.ForbiddenException;

/**
 * Reading the trail (rule 4: "searched by managers and auditors"). Auditors read it nationally; a
 * management-team member with the audit-review duty reads what users of their section did and what
 * was done to their section's records. Every reading is itself audited, exports included.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Duty.AUDIT_REVIEW_ROLE})
public class AuditReview {

  public static final int MAX_EVENTS = 500;

  @Resource SessionContext caller;
  @Inject Children children;
  @Inject AuditNotes audit;
  @Inject ReviewScope scope;
  @Inject TrailEvents trail;

  @Audited(AuditAction.AUDIT_SEARCHED)
  public AuditResults search(AuditQuery query) {
    return searched(query, false);
  }

  /**
   * The same search with the values about shielded children and sensitive services shown to someone
   * outside their section's team, for a stated purpose — an act that is audited and always alerted
   * (rules 5 and 6).
   */
  @Audited(AuditAction.AUDIT_PURPOSE_STATED)
  public AuditResults searchWithPurpose(AuditQuery query, ReviewPurpose purpose, String note) {
    if (purpose == null) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "purpose", "Choose the purpose");
    }
    if (note == null || note.isBlank() || note.length() > 1000) {
      throw uk.contactpoint.shared.error.InvalidInputException.invalid(
          "purposeNote",
          "Say in at most 1000 characters which enquiry, request or order this is for");
    }
    audit.current().detail("purpose", purpose).detail("purposeNote", note);
    return searched(query, true);
  }

  private AuditResults searched(AuditQuery query, boolean purposeStated) {
    describe(query);
    Long section = scope.sectionOf(caller);
    List<AuditEntry> entries = trail.entries(query, MAX_EVENTS + 1, section);
    boolean more = entries.size() > MAX_EVENTS;
    List<AuditEvent> events =
        trail.events(more ? entries.subList(0, MAX_EVENTS) : entries, purposeStated, section);
    audit.current().detail("shown", events.size());
    return new AuditResults(events, more);
  }

  /** The same events as CSV, for a spreadsheet; the export is an audited act of its own. */
  @Audited(AuditAction.AUDIT_EXPORTED)
  public String exportCsv(AuditQuery query) {
    describe(query);
    Long section = scope.sectionOf(caller);
    List<AuditEvent> events =
        trail.events(trail.entries(query, MAX_EVENTS * 20, section), false, section);
    audit.current().detail("rows", events.size());
    return TrailCsv.of(events);
  }

  /** "Who has looked at this child": every opening of the record, newest first. */
  @Audited(AuditAction.AUDIT_SEARCHED)
  public List<RecordLook> whoLooked(String childId) {
    Child child = children.get(childId);
    audit.current().child(child).detail("question", "who has looked at this record");
    Long section = scope.sectionOf(caller);
    if (section != null && !section.equals(child.section().id())) {
      throw new ForbiddenException("You review the trail of your own section's records only.");
    }
    List<AuditEntry> looks = trail.looksAt(child.publicId(), MAX_EVENTS);
    // The section's own reviewers see every reason; an auditor sees a shielded child's reasons only
    // with a purpose.
    return trail.events(looks, false, section).stream()
        .map(
            e -> {
              JsonObject detail = TrailEvents.detailOf(e);
              return new RecordLook(
                  e.occurredAt(),
                  e.username(),
                  e.fullName(),
                  e.organisation(),
                  e.roles(),
                  detail.getString("reason", null),
                  detail.getString("reasonText", null),
                  e.outcome());
            })
        .toList();
  }

  private void describe(AuditQuery query) {
    audit
        .current()
        .detail("username", query.username())
        .detail("childId", query.childId())
        .detail("action", query.action())
        .detail("from", query.from())
        .detail("to", query.to());
  }
}
