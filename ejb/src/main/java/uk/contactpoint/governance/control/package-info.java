/**
 * The work behind the data protection officer's reports, for a section or the whole country:
 * AccessReports reads the openings of records from the trail (DESIGN.md rule 4), a user's for
 * breach scoping and those of managers and operators with every override, and withholds the reasons
 * stated about a shielded child or by a sensitive service from all but the child's own section
 * (rules 5 and 6); RetentionFigures gives the records archived and deleted per month and those
 * overdue (rule 8); RegisterDeadlines the subject access, corrections and complaints registers with
 * their deadlines (rule 11); ReportCsv writes a report as CSV headed by who made it, when and its
 * reference. Access, Retention and RegisterEntry are the rows the screens and the API show.
 */
package uk.contactpoint.governance.control;
