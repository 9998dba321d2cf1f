/**
 * The work behind a subject access answer (DESIGN.md rule 11): ChildAnswer puts together everything
 * held about a child — the record, the names and addresses held before, parents and carers,
 * involvements — and RecordLooks who has looked at it from the trail (rule 4), by organisation,
 * role and the reason's label, never its free text; CarerAnswer gives every entry of the section's
 * records naming the same parent or carer. Where ShieldInvolvement finds a shield involved, its
 * details are withheld unless the team decided otherwise, and Withholding marks the answer so it
 * says that something is withheld, never what (rule 5); a sensitive service is never named among
 * those who looked, as CAF holder or by its role (rule 6). Answer is the body both give, the same
 * for JSON and PDF.
 */
package uk.contactpoint.subjectaccess.control;
