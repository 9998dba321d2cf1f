/**
 * The screen and REST resource of search (DESIGN.md rule 3): SearchPage ("Find a child"),
 * ChildSearchResource (POST /api/v1/children/search) and RecentSearches, which keeps what was typed
 * in the session, never in the address.
 */
package uk.contactpoint.search.boundary;
