package uk.contactpoint.audit.control;

import jakarta.ejb.EJBAccessException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Records every call the EJB container refuses for want of a role. WildFly checks
 * {@code @RolesAllowed} before application interceptors run, so {@link AuditInterceptor} never sees
 * these; a container interceptor (META-INF/jboss-ejb3.xml) runs before the security check and sees
 * its {@link EJBAccessException}. Container interceptors get no injection, hence the lookup; the
 * denial is written in its own transaction.
 */
public class DenialInterceptor {

  private static final Logger LOG = Logger.getLogger(DenialInterceptor.class.getName());
  private static final String TRAIL = "java:module/AuditTrail!" + AuditTrail.class.getName();

  @AroundInvoke
  public Object recordDenials(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (EJBAccessException denied) {
      try {
        AuditTrail trail = (AuditTrail) new InitialContext().lookup(TRAIL);
        trail.recordDenial(
            invocation.getMethod().getDeclaringClass().getSimpleName(),
            invocation.getMethod().getName());
      } catch (NamingException | RuntimeException auditFailure) {
        LOG.log(
            Level.SEVERE,
            "Could not write the audit event of a denied call",
            uk.contactpoint.shared.control.LoggedFailure.of(auditFailure));
        denied.addSuppressed(auditFailure);
      }
      throw denied;
    }
  }
}
