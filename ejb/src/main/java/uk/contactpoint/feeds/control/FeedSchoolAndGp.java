package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.Provenance;

/**
 * A child's universal services from a feed record, for FeedApplier (DESIGN.md section 1): the
 * school from an education source, the GP from a health source, either from any source where the
 * child has none (docs/feeds.md, "Precedence between sources"); a school or surgery the register
 * does not know yet is registered from the record. Apart from the child's other facts because this
 * precedence is the sources' kind, not the newest record.
 */
@Dependent
public class FeedSchoolAndGp {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** Registers the child at the record's school and with its GP where precedence lets it. */
  boolean apply(
      Child child, FeedRecord record, FeedApplier.SourceKind kind, Provenance provenance) {
    boolean changed = false;
    if (record.school() != null
        && (kind == FeedApplier.SourceKind.EDUCATION || child.school().isEmpty())) {
      Organisation school =
          organisation(
              record.school().urn(),
              record.school().name(),
              OrganisationType.SCHOOL,
              child.section());
      if (child.school().map(s -> !s.school().id().equals(school.id())).orElse(true)) {
        child.registerAtSchool(school, record.school().startDate(), provenance);
        changed = true;
      }
    }
    if (record.gp() != null && (kind == FeedApplier.SourceKind.HEALTH || child.gp().isEmpty())) {
      Organisation surgery =
          organisation(
              record.gp().odsCode(),
              record.gp().name(),
              OrganisationType.GP_SURGERY,
              child.section());
      if (child.gp().map(g -> !g.surgery().id().equals(surgery.id())).orElse(true)) {
        child.registerWithGp(surgery, provenance);
        changed = true;
      }
    }
    return changed;
  }

  /** A school by URN or a surgery by ODS code; one the feed names first is registered from it. */
  private Organisation organisation(
      String code, String name, OrganisationType type, LocalAuthoritySection section) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.type = :type AND o.code = :code",
            Organisation.class)
        .setParameter("type", type)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Organisation made =
                  new Organisation(code, name, type, SensitiveCategory.NONE, null, null, section);
              em.persist(made);
              return made;
            });
  }
}
