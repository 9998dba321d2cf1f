package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.control.InvolvementNews;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.notification.entity.Notification;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shared.error.FieldError;

/**
 * What a feed record's involvements do, for FeedApplier: refused before anything is written when
 * they name a sensitive service without its consent (DESIGN.md rule 6), then added or ended, each
 * told to the practitioners working with the child (rule 7), with the organisations and
 * practitioners they name found in the register or registered from the feed. Kept apart from the
 * child's own facts because the sensitive-service rule and the register lookups change for reasons
 * of their own.
 */
@Dependent
public class FeedInvolvements {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject InvolvementNews news;

  /** Adds the record's new involvements and records end dates first sent; true when any changed. */
  boolean apply(Child child, FeedRecord record, Provenance provenance) {
    if (record.involvementList().isEmpty()) {
      return false;
    }
    boolean changed = false;
    List<Involvement> held =
        em.createQuery("SELECT i FROM Involvement i WHERE i.child = :child", Involvement.class)
            .setParameter("child", child)
            .getResultList();
    for (FeedRecord.InvolvementIn in : record.involvementList()) {
      Optional<Organisation> found = registered(in, child.section());
      boolean sensitive = found.map(Organisation::isSensitive).orElse(false);
      Organisation organisation =
          found.orElseGet(
              () -> {
                Organisation made =
                    new Organisation(
                        null,
                        in.organisation(),
                        OrganisationType.OTHER_SERVICE,
                        SensitiveCategory.NONE,
                        contactOf(in.contact()),
                        null,
                        child.section());
                em.persist(made);
                return made;
              });
      Optional<Involvement> same =
          held.stream()
              .filter(
                  h ->
                      h.organisation().id().equals(organisation.id())
                          && h.role().equalsIgnoreCase(in.role())
                          && h.startDate().equals(in.startDate()))
              .findFirst();
      if (same.isPresent()) {
        if (in.endDate() != null && same.get().endDate().isEmpty()) {
          same.get().endOn(in.endDate(), provenance);
          news.tell(
              child,
              held,
              organisation,
              same.get().practitioner().orElse(null),
              Notification.Kind.ENDED);
          changed = true;
        }
        continue;
      }
      Practitioner practitioner = in.practitioner() == null ? null : practitioner(in, organisation);
      Involvement involvement =
          new Involvement(child, organisation, practitioner, in.role(), in.startDate(), provenance);
      if (sensitive) {
        involvement.recordConsent(
            in.consent().basis(),
            in.consent().note(),
            provenance.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
      }
      if (in.endDate() != null) {
        involvement.endOn(in.endDate(), provenance);
      }
      em.persist(involvement);
      if (in.endDate() == null) {
        // A feed's involvement is told as a practitioner's own would be (DESIGN.md rule 7).
        news.tell(child, held, organisation, practitioner, Notification.Kind.JOINED);
      }
      changed = true;
    }
    return changed;
  }

  /**
   * DESIGN.md rule 6 for feeds, checked before anything is written: a sensitive service must be
   * known to ContactPoint as one, and its involvement comes with its consent or judgement of harm.
   * The record has involvements; the section is the one it names.
   */
  List<FieldError> refused(FeedRecord record, LocalAuthoritySection section, String source) {
    List<FieldError> refused = new ArrayList<>();
    boolean sensitiveSource = runBySensitiveService(source);
    for (int i = 0; i < record.involvementList().size(); i++) {
      FeedRecord.InvolvementIn in = record.involvementList().get(i);
      Optional<Organisation> found = registered(in, section);
      if (in.organisationCode() != null && found.isEmpty()) {
        refused.add(
            new FieldError(
                "involvements[" + i + "].organisationCode",
                "is not the code of an organisation registered with ContactPoint for this local authority"));
        continue;
      }
      // A sensitive service's own system tells of its own work: whatever a record says, it is
      // sensitive.
      boolean sensitive =
          Boolean.TRUE.equals(in.sensitive())
              || sensitiveSource
              || found.map(Organisation::isSensitive).orElse(false);
      if (sensitive && found.map(o -> !o.isSensitive()).orElse(true)) {
        refused.add(
            new FieldError(
                "involvements[" + i + "].organisation",
                "a sensitive service must be registered with ContactPoint as one before a feed names it"));
      } else if (sensitive && in.consent() == null) {
        refused.add(
            new FieldError(
                "involvements[" + i + "].consent",
                "is required: this organisation is a sensitive service"));
      }
    }
    return refused;
  }

  private Practitioner practitioner(FeedRecord.InvolvementIn in, Organisation organisation) {
    return em.createQuery(
            "SELECT p FROM Practitioner p WHERE p.organisation = :organisation AND p.fullName = :name",
            Practitioner.class)
        .setParameter("organisation", organisation)
        .setParameter("name", in.practitioner().strip())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Practitioner made =
                  new Practitioner(
                      in.practitioner().strip(),
                      in.jobTitle() == null ? in.role() : in.jobTitle(),
                      organisation,
                      contactOf(in.contact()));
              em.persist(made);
              return made;
            });
  }

  /**
   * The registered organisation an involvement names, on which DESIGN.md rule 6 turns: by its
   * register code where the feed gives one; otherwise by name, where a sensitive service's name
   * written with other case, spacing or punctuation is still that service, so a feed cannot name
   * one as an ordinary organisation by spelling it differently.
   */
  private Optional<Organisation> registered(
      FeedRecord.InvolvementIn in, LocalAuthoritySection section) {
    if (in.organisationCode() != null) {
      List<Organisation> coded =
          em.createQuery(
                  "SELECT o FROM Organisation o WHERE UPPER(o.code) = :code AND (o.section = :section OR o.section IS NULL)",
                  Organisation.class)
              .setParameter("code", in.organisationCode().strip().toUpperCase(Locale.ROOT))
              .setParameter("section", section)
              .getResultList();
      return coded.size() == 1 ? Optional.of(coded.get(0)) : Optional.empty();
    }
    String spelt = lettersAndDigits(in.organisation());
    Optional<Organisation> sensitive =
        em.createQuery(
                "SELECT o FROM Organisation o WHERE o.sensitiveCategory <> :none"
                    + " AND (o.section = :section OR o.section IS NULL)",
                Organisation.class)
            .setParameter("none", SensitiveCategory.NONE)
            .setParameter("section", section)
            .getResultStream()
            .filter(o -> lettersAndDigits(o.name()).equals(spelt))
            .findFirst();
    return sensitive.isPresent() ? sensitive : organisationNamed(in.organisation(), section);
  }

  private static String lettersAndDigits(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** Whether the organisation that runs this source is a sensitive service. */
  private boolean runBySensitiveService(String source) {
    return !em.createQuery(
            "SELECT o.id FROM Organisation o WHERE o.sourceCode = :source AND o.sensitiveCategory <> :none",
            Long.class)
        .setParameter("source", source)
        .setParameter("none", SensitiveCategory.NONE)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Optional<Organisation> organisationNamed(String name, LocalAuthoritySection section) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE LOWER(o.name) = :name AND (o.section = :section OR o.section IS NULL)",
            Organisation.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .setParameter("section", section)
        .getResultStream()
        .findFirst();
  }

  private static ContactDetails contactOf(FeedRecord.Contact contact) {
    return contact == null
        ? new ContactDetails(null, null)
        : new ContactDetails(contact.phone(), contact.email());
  }
}
