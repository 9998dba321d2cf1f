/**
 * The business of who may use ContactPoint (DESIGN.md rules 1 and 2). Authenticator checks all four
 * factors of every login, counts failures and locks, and never tells which factor was wrong (rule
 * 2); Activation lets a new user choose password and PIN and enrol a token; AccountAdministration
 * (opening accounts, vetting, training, agreement), Organisations (accreditation, whose revocation
 * suspends every account of the organisation) and AccountHousekeeping (dormant accounts disabled
 * nightly) carry rule 1; Authenticator also admits a source system by its key (the feeds'
 * SourceKeys issues them); MyAccount tells people about their own account; SessionEnd records a
 * logout; AdminBootstrap opens a new installation's first operator. A section's administrators act
 * on their own section only (rule 9).
 */
package uk.contactpoint.accounts.boundary;
