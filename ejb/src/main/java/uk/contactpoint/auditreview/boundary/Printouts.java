package uk.contactpoint.auditreview.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A printout's reference recorded as an act of its own (rule 4): the paper says "reference
 * P-user-second"; the browser reports the print as it starts, and the trail then holds that
 * reference, the page and who printed it, so a printout found on a desk leads to one entry.
 */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME, Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class Printouts {

  /** As {@code ServiceMode.printReference} writes it: P-, the username, -, the epoch second. */
  private static final Pattern REFERENCE = Pattern.compile("P-[A-Za-z0-9._@-]{1,60}-[0-9]{1,12}");

  /**
   * A page's path only: a query string may carry a record id and belongs to the act that showed the
   * page.
   */
  private static final Pattern PAGE = Pattern.compile("/([a-z]{1,40}(\\.xhtml)?)?");

  @Resource SessionContext caller;
  @Inject AuditNotes audit;

  @Audited(AuditAction.PAGE_PRINTED)
  public void printed(String reference, String page) {
    List<FieldError> errors = new ArrayList<>();
    String user = caller.getCallerPrincipal().getName();
    if (reference == null
        || !REFERENCE.matcher(reference).matches()
        || !reference.startsWith("P-" + user + "-")) {
      errors.add(new FieldError("reference", "is not the reference of a page you were shown"));
    }
    if (page == null || !PAGE.matcher(page).matches()) {
      errors.add(
          new FieldError("page", "is the path of a ContactPoint page, such as /record.xhtml"));
    }
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    // The actor is the row's own user, so the target keeps the rest of the reference: the second.
    audit
        .current()
        .target("printout", reference.substring(reference.lastIndexOf('-') + 1))
        .detail("page", page);
  }
}
