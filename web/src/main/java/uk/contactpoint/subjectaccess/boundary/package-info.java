/**
 * The screen and REST resource of subject access (DESIGN.md rule 11): SubjectAccessPage and
 * SubjectAccessResource, the answer as JSON or as a PDF (SubjectAccessPdf, with who prepared it and
 * its reference on every page).
 */
package uk.contactpoint.subjectaccess.boundary;
