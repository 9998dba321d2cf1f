/**
 * The audit trail verified from the command line (DESIGN.md rule 4, tamper-evident):
 * VerifyAuditTrail runs the server's ChainVerifier straight against the database, so an auditor
 * need not trust the running application that wrote the trail.
 */
package uk.contactpoint.audit.cli;
