/**
 * The entities of accounts: UserAccount, a person's account with its roles, management-team duties,
 * status and clearance; LoginCredentials, embedded in the account's row, its four-factor
 * credentials (password and PIN only as a hash, the token secret only encrypted), failed and last
 * logins and activation code; Usernames, the one form a username is stored and looked up in;
 * LoginAttempt, counted against guessing; SourceSystemKey, a source system's key stored as a
 * digest; StaffNotice, a message to one member of staff that is about no child (an investigation of
 * one of their users, an answer to their request), read on their account. DESIGN.md rule 1 lives
 * here: Role names who may call an EJB, Duty the duties granted one by one, Clearance is the one
 * place that decides whether an account may be used on a day (status, vetting renewed every three
 * years, training, signed agreement, the organisation's accreditation), and UserAccount.isDormantAt
 * marks an account unused for 90 days. Rule 2's lockout after repeated failures is
 * UserAccount.recordFailedLogin, counting in LoginCredentials.
 */
package uk.contactpoint.accounts.entity;
