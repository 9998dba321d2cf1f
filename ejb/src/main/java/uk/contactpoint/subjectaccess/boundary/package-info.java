/**
 * The door of subject access (DESIGN.md rule 11): SubjectAccess records a request about a child or
 * a parent/carer of the manager's own section (free, due within a month; rule 9), keeps the
 * register with overdue requests marked, and answers a request with everything held about them and
 * who opened the record, as a document the web module gives as JSON or PDF; the answer is put
 * together in control, where a shield's details are withheld unless the team decided otherwise
 * (rule 5) and a sensitive service is not named (rule 6). Opening and answering are audited.
 */
package uk.contactpoint.subjectaccess.boundary;
