/**
 * The check of the hash chain (DESIGN.md rule 4: tamper-evident), kept in the persistence module so
 * that the server and the command-line verifier check alike: ChainVerifier walks every chain,
 * recomputing each entry's hash as the entity computed it (audit.entity's ChainLink, ChainSeal and
 * AuditHashes), and names the first broken link of each in a VerificationReport.
 */
package uk.contactpoint.audit.control;
