/**
 * The business of the section's register of corrections and complaints (DESIGN.md rule 11):
 * Corrections records a request, assigns it to a member of the team, resolves it with the change or
 * a refusal and its reason, and lists the overdue ones; every step is audited (rule 4).
 */
package uk.contactpoint.corrections.boundary;
