/**
 * The work behind accounts. For DESIGN.md rule 2: Totp (RFC 6238, 30-second steps, a code accepted
 * once), SecretHasher and Argon2Cost (password and PIN in one Argon2id hash), TokenSecretCipher
 * (token secrets encrypted at rest), LoginAttempts and LoginPolicy (rate limits and lockout, kept
 * in the database so they hold on every node). For rule 1: AccountStanding and AdmittedCaller, the
 * check on every request that the account is still active and cleared; AccountOpening, which opens
 * accounts only for staff of an accredited organisation below its limit; ClearanceDates, which
 * takes vetting, training and agreement dates only as things that happened, since a date ahead
 * would make a clearance that never expires. For rule 9: SectionScope, the one check that a
 * section's staff act only on their own section's things, where another section's object answers
 * 404.
 */
package uk.contactpoint.accounts.control;
