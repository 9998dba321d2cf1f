package uk.contactpoint.audit.control;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotAuthenticatedException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Writes the audit event of every {@link Audited} method. It runs inside the method's transaction
 * (application interceptors run after the container's), so a success is written in that
 * transaction; a failure, or a refusal the method reports through its note, is written in a new
 * one. If even that write fails the act's own exception still reaches the caller, with the audit
 * failure attached, and the server log names the action.
 */
// The binding names an action only because the annotation needs one; each method names its own.
@Audited(uk.contactpoint.audit.entity.AuditAction.ACCESS_DENIED)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

  @Inject AuditNotes notes;
  @Inject AuditTrail trail;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    Audited audited = invocation.getMethod().getAnnotation(Audited.class);
    if (audited == null) {
      audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }
    AuditNote note = notes.open(audited.value());
    try {
      Object result = invocation.proceed();
      if (note.outcome() == null || note.outcome() == AuditOutcome.SUCCESS) {
        trail.record(note, AuditOutcome.SUCCESS);
      } else {
        trail.recordSeparately(note, note.outcome());
      }
      return result;
    } catch (Exception failure) {
      try {
        trail.recordSeparately(note, outcomeOf(failure));
      } catch (RuntimeException auditFailure) {
        LOG.log(
            Level.SEVERE,
            "Could not write the audit event of a failed " + note.action(),
            uk.contactpoint.shared.control.LoggedFailure.of(auditFailure));
        failure.addSuppressed(auditFailure);
      }
      throw failure;
    } finally {
      notes.close(note);
    }
  }

  static AuditOutcome outcomeOf(Exception failure) {
    if (failure instanceof ForbiddenException
        || failure instanceof EJBAccessException
        || failure instanceof NotAuthenticatedException) {
      return AuditOutcome.DENIED;
    }
    if (failure instanceof InvalidInputException || failure instanceof ConflictException) {
      return AuditOutcome.REJECTED;
    }
    if (failure instanceof NotFoundException) {
      return AuditOutcome.NOT_FOUND;
    }
    return AuditOutcome.FAILED;
  }
}
