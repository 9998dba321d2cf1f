package uk.contactpoint.audit.entity;

/**
 * A record the trail can name as what an act was about (DESIGN.md rule 4): its public id, the
 * section whose chain and reviewers it concerns, and whether it is shielded, so that reviewers and
 * alert rules can tell a look at a shielded child without reading the record. The child's record is
 * one; the trail asks no more of it, and so needs nothing of the child feature.
 */
public interface AuditedRecord {

  String publicId();

  Long sectionId();

  boolean isShielded();
}
