package uk.contactpoint.dataquality.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.contactpoint.accounts.control.SectionScope;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditTrail;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.feeds.control.FeedRecord;
import uk.contactpoint.feeds.entity.MatchCase;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.matching.control.NameFrequencyCache;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * The data-quality queue as the team reads it (DESIGN.md rule 10): each held record beside its
 * candidates and how their fields agree. Each candidate shown is a look at a child's record, so it
 * is recorded in the trail as a record access with the data-quality purpose as its reason (rule 4);
 * another section's shielded child is never shown, and another section's candidate only as far as
 * deciding needs (rules 5 and 9).
 */
@Dependent
public class CaseViews {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject SectionScope scope;
  @Inject Children children;
  @EJB AuditTrail trail;
  @Inject NameFrequencyCache frequencies;

  /** The open cases of this member's section, oldest first. */
  public List<CaseView> openCases(UserAccount me) {
    return em.createQuery(
            "SELECT m FROM MatchCase m WHERE m.section = :section AND m.status = :open ORDER BY m.openedAt",
            MatchCase.class)
        .setParameter("section", me.section())
        .setParameter("open", MatchCase.Status.OPEN)
        .getResultStream()
        .map(c -> view(c, me))
        .toList();
  }

  private CaseView view(MatchCase matchCase, UserAccount me) {
    ReceivedRecord received = matchCase.record();
    FeedRecord record = HeldCases.recordOf(received);
    MatchPerson incoming = record.person();
    CaseView.Person side =
        new CaseView.Person(
            null,
            record.name().given(),
            record.name().family(),
            record.formerNames(),
            record.dateOfBirth(),
            record.gender().name(),
            record.address().postcode(),
            record.nhsNumber(),
            incoming.carerNames(),
            record.localAuthority(),
            false);
    List<CaseView.Candidate> candidates = new ArrayList<>();
    for (JsonValue value :
        JSON.createReader(new StringReader(matchCase.candidates())).readArray()) {
      String childId = value.asJsonObject().getString("childId");
      String why = value.asJsonObject().getString("why", null);
      Child child;
      try {
        child = children.get(childId);
      } catch (NotFoundException gone) {
        continue;
      }
      // Another section's shielded child is never shown outside its team.
      if (child.isShielded() && !scope.isOwn(me, child.section())) {
        continue;
      }
      MatchScorer.Comparison comparison =
          MatchScorer.compare(incoming, MatchPerson.of(child), frequencies);
      Map<String, String> fields = new LinkedHashMap<>();
      comparison.fields().forEach((field, agreement) -> fields.put(field, agreement.name()));
      boolean ours = scope.isOwn(me, child.section());
      candidates.add(
          new CaseView.Candidate(
              ours ? ownPerson(child) : otherSectionsPerson(child),
              comparison.weight(),
              fields,
              why));
      trail.record(
          new AuditNote(AuditAction.RECORD_ACCESS)
              .child(child)
              .detail("reason", "DATA_QUALITY_CASE")
              .detail("case", matchCase.id()),
          AuditOutcome.SUCCESS);
    }
    return new CaseView(
        matchCase.id(),
        matchCase.reason().name(),
        matchCase.isShielded(),
        matchCase.openedAt(),
        received.batch().sourceCode(),
        received.batch().batchRef(),
        received.recordRef().orElse(null),
        side,
        candidates);
  }

  private static CaseView.Person ownPerson(Child child) {
    return new CaseView.Person(
        child.publicId(),
        child.name().given(),
        child.name().family(),
        child.formerNames().stream().map(n -> n.fullName()).toList(),
        child.birthDate(),
        child.gender().name(),
        child.address().postcode().orElse(null),
        child.identifier(IdentifierType.NHS_NUMBER, "NHS").orElse(null),
        child.parentsCarers().stream().map(ParentCarer::fullName).toList(),
        child.section().code(),
        child.isShielded());
  }

  /** Another section's child: only name, birth date, gender and section. */
  private static CaseView.Person otherSectionsPerson(Child child) {
    return new CaseView.Person(
        child.publicId(),
        child.name().given(),
        child.name().family(),
        List.of(),
        child.birthDate(),
        child.gender().name(),
        null,
        null,
        List.of(),
        child.section().code(),
        false);
  }
}
