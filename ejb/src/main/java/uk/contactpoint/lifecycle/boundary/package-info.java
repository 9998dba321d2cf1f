/**
 * The business of the record lifecycle (DESIGN.md rule 8): RecordLifecycle, the nightly job, once
 * across the cluster and idempotent, archives records, keeps only carers from 18 and deletes
 * records when their day comes; Extensions lets the section's team keep a record past 18 with the
 * young person's consent; ArchivedRecords lets an operator open an archived record after the team's
 * year only for a StatutoryPurpose, audited and always alerted.
 */
package uk.contactpoint.lifecycle.boundary;
