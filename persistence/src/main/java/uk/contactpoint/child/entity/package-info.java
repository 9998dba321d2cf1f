/**
 * The entities of a child's record: Child and its facts, names and former names, date of birth,
 * gender, Address with its status and history, identifiers (ChildIdentifier; NhsNumber with its
 * modulus-11 check digit), parents and carers, school, GP and the CAF indicator. Only contact-level
 * facts (DESIGN.md section 1), each with its source and date. The record enforces its own rules:
 * rule 5 in Child.shield and ParentCarer.shield (a shielded record's search keys lose the postcode
 * district); rule 8 in Child.archive and Child.dropParentsKeepingCarers (from 18 only carers stay,
 * Relationship.isCarer); rule 9 in Child.transferTo, which records a ChildTransfer both teams see;
 * rule 10 in Child.nameSent, which keeps every NameSpelling a source sent and chooses by precedence
 * the name practitioners see. ChildMerge records what a merge moved, so that a wrong merge is split
 * exactly.
 *
 * <p>How names become keys (DESIGN.md section 3, search built for 11 million records): NameKeys
 * splits a name into tokens and gives each its normalised spelling, its Double Metaphone codes and
 * the full forms of a short form; the same function builds the keys stored with a record and the
 * keys of a query, for search and for matching's blocks (rule 10). SearchKey is such a key stored
 * with the record beside the date of birth and the postcode district, so that every search is a
 * bounded index lookup; a shielded record's keys carry no district, so nobody finds it by where it
 * lives (rule 5, kept by Child.shield).
 */
package uk.contactpoint.child.entity;
