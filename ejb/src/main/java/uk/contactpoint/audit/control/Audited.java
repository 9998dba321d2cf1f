package uk.contactpoint.audit.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.contactpoint.audit.entity.AuditAction;

/**
 * Marks a boundary method as an act of the audit trail (DESIGN.md rule 4): its success is written
 * in its own transaction, so an act whose audit cannot be written fails; its failure is written in
 * a transaction of its own, so that it survives the rollback. The method adds what it acted on
 * through {@link AuditNotes}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
  @Nonbinding
  AuditAction value();
}
