/**
 * The entities of a child's record: Child and its facts, names and former names, date of birth,
 * gender, Address with its status and history, identifiers (ChildIdentifier; NhsNumber with its
 * modulus-11 check digit), parents and carers, school, GP and the CAF indicator. Only
 * contact-level facts (DESIGN.md section 1), each with its source and date. The record enforces
 * its own rules: rule 5 in Child.shield and ParentCarer.shield (a shielded record's search keys
 * lose the postcode district); rule 8 in Child.archive and Child.dropParentsKeepingCarers (from 18
 * only carers stay, Relationship.isCarer); rule 9 in Child.transferTo, which records a
 * ChildTransfer both teams see; rule 10 in Child.nameSent, which keeps every NameSpelling a source
 * sent and chooses by precedence the name practitioners see. ChildMerge records what a merge
 * moved, so that a wrong merge is split exactly.
 */
package uk.contactpoint.child.entity;
