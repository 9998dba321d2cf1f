/** Local authority sections: every record belongs to one (DESIGN.md rule 9). */
package uk.contactpoint.section.entity;
