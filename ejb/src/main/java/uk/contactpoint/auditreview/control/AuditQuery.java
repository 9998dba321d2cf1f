package uk.contactpoint.auditreview.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * What a reviewer asks of the trail: any of user, record, action, and a date range (whole days, UK
 * time). Without dates it covers the last 7 days.
 */
public record AuditQuery(
    String username, String childId, AuditAction action, LocalDate from, LocalDate to) {

  public static final int DEFAULT_DAYS = 7;
  public static final int MAX_DAYS = 366;

  /** Checks the query and names every bad field. */
  public static AuditQuery of(
      String username,
      String childId,
      String action,
      LocalDate from,
      LocalDate to,
      LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    AuditAction parsed = null;
    if (action != null && !action.isBlank()) {
      try {
        parsed = AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("action", "Choose one of the listed actions"));
      }
    }
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
    if (start.isAfter(end)) {
      errors.add(new FieldError("from", "The start date must be on or before the end date"));
    } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
      errors.add(new FieldError("to", "Ask for at most " + MAX_DAYS + " days at a time"));
    }
    if (username != null && username.length() > 60) {
      errors.add(new FieldError("username", "A username has at most 60 characters"));
    }
    if (childId != null && childId.length() > 36) {
      errors.add(new FieldError("childId", "A record id has at most 36 characters"));
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    String user = username == null || username.isBlank() ? null : UserAccount.normalise(username);
    String child = childId == null || childId.isBlank() ? null : childId.strip();
    return new AuditQuery(user, child, parsed, start, end);
  }
}
