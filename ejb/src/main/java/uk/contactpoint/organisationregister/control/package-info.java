/**
 * The work behind the organisation register. RegisterEntries reads it: the entries with how many
 * accounts each organisation holds (OrganisationEntry), a section by its code, and whether a
 * school's URN or a surgery's ODS code is free, since each names one organisation in England.
 * OrganisationRules checks a registration or a change (OrganisationDetails) and names every wrong
 * field at once; no category given is no sensitive category (DESIGN.md rule 6). RegisterFile reads
 * the national registers' files, schools from Get Information About Schools and GP practices from
 * the NHS Organisation Data Service, into rows for the organisation register, naming every row it
 * cannot read. Which section's organisations a caller may touch (rule 9) is decided by the boundary
 * through SectionScope, never here.
 */
package uk.contactpoint.organisationregister.control;
