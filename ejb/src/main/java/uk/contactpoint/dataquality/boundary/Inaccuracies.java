package uk.contactpoint.dataquality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.dataquality.entity.InaccuracyReport;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * A practitioner reports a wrong fact on a record; it waits for the section's data-quality work.
 */
@Stateless
@RolesAllowed({Role.PRACTITIONER_NAME, Role.LA_MANAGER_NAME})
public class Inaccuracies {

  private static final Logger LOG = Logger.getLogger(Inaccuracies.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject AuditNotes audit;

  @Audited(AuditAction.INACCURACY_REPORTED)
  public long report(String childId, InaccuracyReport.Fact fact, String note) {
    if (fact == null) {
      throw InvalidInputException.invalid("fact", "Choose which fact is wrong");
    }
    Child child = children.get(childId);
    audit.current().child(child).detail("fact", fact).detail("note", note);
    if (child.isShielded()) {
      throw new NotFoundException("The record");
    }
    var reporter = accounts.caller(caller.getCallerPrincipal()).practitioner();
    InaccuracyReport report;
    try {
      report = new InaccuracyReport(child, fact, note, reporter, clock.instant());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.invalid("note", e.getMessage());
    }
    em.persist(report);
    em.flush();
    LOG.info(() -> "Inaccuracy report " + report.id() + " on record " + child.id());
    return report.id();
  }
}
