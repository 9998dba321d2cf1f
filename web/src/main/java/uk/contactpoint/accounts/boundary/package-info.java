/**
 * The screens, REST resources and login mechanism of accounts: FourFactorMechanism, the only way
 * in, which makes no identity before all four factors are verified (DESIGN.md rule 2) and re-admits
 * each later request only while the account is active and cleared (rule 1); LoginPage and
 * SessionResource, one generic message whatever was wrong; the logout and stay-logged-in servlets;
 * activation; user administration (AccountsPage, AccountsResource); and the holder's own account.
 * The rules are checked in the ejb module's uk.contactpoint.accounts.boundary.
 */
package uk.contactpoint.accounts.boundary;
