/**
 * The entities of the audit trail (DESIGN.md rule 4): AuditEntry, one append-only event holding ids
 * only, chained by hash to the entry before it in its AuditChain (one per section, one national, a
 * few for source systems); AuditDetail, the personal values of an entry (search criteria, reason
 * text, before and after), which the purge of a record may delete, leaving an AuditDetailPurge,
 * without breaking the chain; and what watching the trail produces: an AuditAlert raised by an
 * AlertRule, and the Investigation a reviewer opens. AuditAction names every kind of act, and which
 * acts always raise an alert. An entry's hash is made by the values the entry is built with:
 * ChainLink names everything the hash covers, ChainSeal seals it with the audit key (HMAC-SHA-256)
 * or plain SHA-256, and AuditHashes is the one hash.
 */
package uk.contactpoint.audit.entity;
