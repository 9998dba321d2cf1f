/**
 * How every act is audited (DESIGN.md rule 4): the Audited binding and AuditInterceptor write a
 * boundary method's event in the act's own transaction (a view that was not audited did not happen)
 * and a failure in one of its own; DenialInterceptor records the calls the container refuses;
 * AuditTrail appends each entry to its hash chain, naming the actor through AuditActors (which the
 * accounts feature answers, so that the trail every feature writes to needs none of them);
 * AuditDetails destroys a purged record's personal values without breaking a chain (rule 8).
 */
package uk.contactpoint.audit.control;
