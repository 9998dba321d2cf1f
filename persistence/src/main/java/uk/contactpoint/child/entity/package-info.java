/**
 * A child's record and its facts: names and former names, date of birth, gender, address with
 * status and history, identifiers, parents and carers, school, GP and CAF indicator. Only
 * contact-level facts (DESIGN.md section 1), each with its source and date; entities check
 * their own rules (NHS number check digit, address status, school must be a school).
 */
package uk.contactpoint.child.entity;
