/**
 * The business of the management team's dashboard: Dashboard counts what needs attention today in
 * the caller's section, or nationally for auditors (each of control's Measures), with each source
 * system's outcome rates and twelve weeks of trends. The counts carry no personal data; opening the
 * list behind one is audited (DESIGN.md rule 4), and auditors' lists show record ids, never names.
 */
package uk.contactpoint.dashboard.boundary;
