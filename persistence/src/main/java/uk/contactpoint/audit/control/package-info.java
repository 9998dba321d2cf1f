/**
 * The hash chain of the audit trail (DESIGN.md rule 4: tamper-evident), kept in the persistence
 * module so that the server and the command-line verifier compute the same hashes: ChainLink names
 * everything an entry's hash covers, ChainSeal seals it with the audit key (HMAC-SHA-256) or plain
 * SHA-256, AuditHashes is the one hash, and ChainVerifier walks every chain and names the first
 * broken link of each in a VerificationReport.
 */
package uk.contactpoint.audit.control;
