/**
 * The business of subject access (DESIGN.md rule 11): SubjectAccess records a request about a child
 * or a parent/carer (free, due within a month) and produces everything held about them and who
 * opened the record, as a document the web module gives as JSON or PDF; a shield's details are
 * withheld unless the team decided otherwise (rule 5), and a sensitive service is not named (rule
 * 6).
 */
package uk.contactpoint.subjectaccess.boundary;
