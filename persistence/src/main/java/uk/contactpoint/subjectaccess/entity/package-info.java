/**
 * The entity of subject access (DESIGN.md rule 11): SubjectAccessRequest, a request about a child's
 * record or a parent or carer named on it, free and due one month after receipt; where a shield is
 * involved, its details are withheld unless the team records a decision to include them (rule 5).
 */
package uk.contactpoint.subjectaccess.entity;
