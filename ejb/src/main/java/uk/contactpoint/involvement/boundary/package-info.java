/**
 * The business of a practitioner's own involvement with a child (DESIGN.md rules 6 and 7):
 * Involvements adds it (organisation and contact details from the account; a sensitive service only
 * with recorded consent or a judgement of significant harm), ends it, removes it when consent is
 * withdrawn, takes the lead only explicitly (the change recorded, those working with the child
 * told) and records a CAF. Nobody changes anyone else's involvement.
 */
package uk.contactpoint.involvement.boundary;
