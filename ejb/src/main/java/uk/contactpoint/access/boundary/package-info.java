/**
 * The business of opening a child's record: RecordAccess opens it only with a reason (DESIGN.md
 * rule 3) and only as the visibility policy shapes it for the caller; for a named child-protection
 * user it opens a shielded record past its shield, for one view, after the warning and with a
 * justification, and opens an investigation at once (rule 5). MyChildren builds a practitioner's
 * home page: the children they work with and what others did on them (rule 7). What they return is
 * what a user may see, and only VisibilityPolicy (uk.contactpoint.access.control) builds it. Every
 * opening is audited (rule 4).
 */
package uk.contactpoint.access.boundary;
