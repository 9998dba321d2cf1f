/**
 * SearchKey, the indexed keys stored with each record: a name key beside the date of birth and the
 * postcode district, so that every search is a bounded index lookup at 11 million records
 * (DESIGN.md section 3). A shielded record's keys carry no district, so nobody finds it by where
 * it lives (rule 5, kept by Child.shield).
 */
package uk.contactpoint.search.entity;
