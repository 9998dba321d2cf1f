/**
 * The indexed search keys stored with each record, so that every search is an index lookup at
 * 11 million records (DESIGN.md section 3).
 */
package uk.contactpoint.search.entity;
