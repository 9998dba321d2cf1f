package uk.contactpoint.subjectaccess.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.auditreview.control.StatedReasons;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.subjectaccess.control.Answer.Line;

/**
 * Who has looked at a child's record, as a subject access answer tells it (DESIGN.md rules 4 and
 * 11): read from the audit trail, each opening with its date, organisation, role and the label of
 * the reason given.
 */
@Dependent
public class RecordLooks {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * Every opening of the record: when, by which organisation and role, for which reason (not the
   * free text). Where a shield is involved and the team did not decide to include it, no
   * organisation is named (the services that looked lead to where the child is); {@code
   * guardOrganisations}: a sensitive service is not named (rule 6) unless the team decided so.
   */
  List<Line> of(Child child, Withholding withholding, boolean guardOrganisations) {
    List<AuditEntry> entries =
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.childRef = :child AND e.action = :access"
                    + " ORDER BY e.occurredAt",
                AuditEntry.class)
            .setParameter("child", child.publicId())
            .setParameter("access", AuditAction.RECORD_ACCESS)
            .getResultList();
    List<Line> lines = new ArrayList<>();
    for (AuditEntry entry : entries) {
      Optional<Organisation> found =
          entry.actorOrganisationId() == null
              ? Optional.empty()
              : Optional.ofNullable(em.find(Organisation.class, entry.actorOrganisationId()));
      String organisation =
          entry.actorOrganisationId() == null
              ? "ContactPoint"
              : found.isEmpty()
                  ? "an organisation"
                  : withholding.protects() || guardOrganisations && found.get().isSensitive()
                      ? "an organisation" + withholding.mark()
                      : found.get().name();
      // The reason's label only: its free text may name other people.
      String reason =
          StatedReasons.detailOf(em, entry).map(StatedReasons::reasonLabel).orElse(null);
      lines.add(
          new Line(
              entry
                  .occurredAt()
                  .atZone(uk.contactpoint.shared.control.Clocks.LONDON)
                  .toLocalDate()
                  .toString(),
              organisation
                  + ", "
                  + roleWords(entry.actorRoles())
                  + (reason == null ? "" : ": " + reason)));
    }
    return lines;
  }

  private static String roleWords(String roles) {
    if (roles == null) {
      return "";
    }
    Map<String, String> words =
        Map.of(
            "PRACTITIONER",
            "practitioner",
            "LA_MANAGER",
            "management team",
            "ADMIN",
            "operator",
            "AUDITOR",
            "auditor");
    return java.util.Arrays.stream(roles.split(","))
        .map(String::strip)
        .filter(words::containsKey)
        .map(words::get)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
