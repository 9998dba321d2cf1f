/**
 * How every act is audited (DESIGN.md rule 4): the Audited binding and AuditInterceptor write a
 * boundary method's event in the act's own transaction (a view that was not audited did not
 * happen) and a failure in one of its own; DenialInterceptor records the calls the container
 * refuses; AuditTrail appends each entry to its hash chain; AuditDetails destroys a purged
 * record's personal values without breaking a chain (rule 8); AlertRules are the alert rules, for
 * every role; ShieldedRecords withholds shielded children's values from readers of the trail (rule
 * 5).
 */
package uk.contactpoint.audit.control;
