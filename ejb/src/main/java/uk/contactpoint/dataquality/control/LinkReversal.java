package uk.contactpoint.dataquality.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.feeds.control.LinkedFacts;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.Provenance;
import uk.contactpoint.shared.error.FieldError;

/**
 * Puts a child's facts back as they were before a link (the {@code ChildLink} log of what it
 * changed). A fact something changed again since the link is never overwritten: it is named
 * instead. Shields are never touched, and a carer the link added who has been shielded since stays.
 */
@Dependent
public class LinkReversal {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /**
   * The facts changed again since the link, each named. With {@code apply} the other facts go back
   * to their values before the link and the rows it added are removed; without, nothing changes.
   */
  public List<FieldError> revert(Child child, JsonObject changes, boolean apply, Provenance team) {
    List<FieldError> later = new ArrayList<>();
    name(child, changes, apply, later);
    address(child, changes, apply, later);
    school(child, changes, apply, later);
    gp(child, changes, apply, later);
    if (changes.containsKey("dateOfDeath")) {
      if (!child
          .dateOfDeath()
          .map(LocalDate::toString)
          .orElse("null")
          .equals(changes.getJsonObject("dateOfDeath").getString("after"))) {
        later.add(new FieldError("dateOfDeath", "was changed again after this link"));
      } else if (apply) {
        child.withdrawDeath();
      }
    }
    carers(child, changes, apply, later);
    involvements(child, changes, apply, later);
    if (apply) {
      for (JsonString key : changes.getJsonArray("identifiers").getValuesAs(JsonString.class)) {
        String[] parts = key.getString().split("\\|", 3);
        child.removeIdentifier(IdentifierType.valueOf(parts[0]), parts[1], parts[2]);
      }
      // Links logged before spellings were kept have none to take back.
      for (JsonObject sent :
          (changes.containsKey("spellings")
                  ? changes.getJsonArray("spellings")
                  : jakarta.json.JsonValue.EMPTY_JSON_ARRAY)
              .getValuesAs(JsonObject.class)) {
        child.unsendName(
            new uk.contactpoint.child.entity.PersonName(
                sent.getString("given"), sent.getString("family")),
            sent.getString("source"),
            sent.isNull("lastSentBefore")
                ? null
                : java.time.Instant.parse(sent.getString("lastSentBefore")));
      }
    }
    // Last: a move back to the section the child came from.
    if (changes.containsKey("section")) {
      JsonObject section = changes.getJsonObject("section");
      if (child.section().id() != section.getJsonNumber("after").longValue()) {
        later.add(
            new FieldError(
                "localAuthority", "the child moved to another section again after this link"));
      } else if (apply) {
        em.persist(
            child.transferTo(
                em.find(LocalAuthoritySection.class, section.getJsonNumber("before").longValue()),
                team));
      }
    }
    return later;
  }

  private static void name(Child child, JsonObject changes, boolean apply, List<FieldError> later) {
    if (changes.containsKey("name")) {
      JsonObject name = changes.getJsonObject("name");
      if (!LinkedFacts.nameOf(name.getJsonObject("after")).equals(child.name())) {
        later.add(new FieldError("name", "was changed again after this link"));
      } else if (apply) {
        child.restoreName(
            LinkedFacts.nameOf(name.getJsonObject("before")),
            LinkedFacts.provenanceOf(name.getJsonObject("beforeProvenance")));
      }
    }
  }

  private static void address(
      Child child, JsonObject changes, boolean apply, List<FieldError> later) {
    if (changes.containsKey("address")) {
      JsonObject address = changes.getJsonObject("address");
      if (!LinkedFacts.addressJson(child.address()).equals(address.getJsonObject("after"))
          || child.addressHistory().size() != address.getInt("historyAfter")) {
        later.add(new FieldError("address", "was changed again after this link"));
      } else if (apply) {
        child.restoreAddress(
            LinkedFacts.addressOf(address.getJsonObject("before")),
            LinkedFacts.provenanceOf(address.getJsonObject("beforeProvenance")));
      }
    }
  }

  private void school(Child child, JsonObject changes, boolean apply, List<FieldError> later) {
    if (changes.containsKey("school")) {
      JsonObject school = changes.getJsonObject("school");
      long now = child.school().map(s -> s.school().id()).orElse(-1L);
      if (now != school.getJsonNumber("after").longValue()) {
        later.add(new FieldError("school", "was changed again after this link"));
      } else if (apply && school.isNull("before")) {
        child.leaveSchool();
      } else if (apply) {
        JsonObject before = school.getJsonObject("before");
        String start = before.getString("startDate");
        child.registerAtSchool(
            em.find(Organisation.class, before.getJsonNumber("id").longValue()),
            "null".equals(start) ? null : LocalDate.parse(start),
            LinkedFacts.provenanceOf(before.getJsonObject("provenance")));
      }
    }
  }

  private void gp(Child child, JsonObject changes, boolean apply, List<FieldError> later) {
    if (changes.containsKey("gp")) {
      JsonObject gp = changes.getJsonObject("gp");
      long now = child.gp().map(g -> g.surgery().id()).orElse(-1L);
      if (now != gp.getJsonNumber("after").longValue()) {
        later.add(new FieldError("gp", "was changed again after this link"));
      } else if (apply && gp.isNull("before")) {
        child.leaveGp();
      } else if (apply) {
        JsonObject before = gp.getJsonObject("before");
        child.registerWithGp(
            em.find(Organisation.class, before.getJsonNumber("id").longValue()),
            LinkedFacts.provenanceOf(before.getJsonObject("provenance")));
      }
    }
  }

  /**
   * A carer the link added goes, unless a shield protects them now: an undo never removes a shield.
   */
  private void carers(Child child, JsonObject changes, boolean apply, List<FieldError> later) {
    for (JsonNumber id : changes.getJsonArray("carers").getValuesAs(JsonNumber.class)) {
      ParentCarer carer =
          child.parentsCarers().stream()
              .filter(c -> c.id().equals(id.longValue()))
              .findFirst()
              .orElse(null);
      if (carer == null) {
        continue;
      }
      boolean shielded =
          em.createQuery("SELECT COUNT(s) FROM Shield s WHERE s.parentCarer = :carer", Long.class)
                  .setParameter("carer", carer)
                  .getSingleResult()
              > 0;
      if (shielded) {
        later.add(
            new FieldError(
                "parentsCarers",
                "a parent or carer this link added has a shield now, and an undo never removes a shield"));
      } else if (apply) {
        child.removeParentCarer(carer);
      }
    }
  }

  private void involvements(
      Child child, JsonObject changes, boolean apply, List<FieldError> later) {
    for (JsonNumber id : changes.getJsonArray("involvements").getValuesAs(JsonNumber.class)) {
      Involvement involvement = em.find(Involvement.class, id.longValue());
      if (involvement == null || !involvement.child().id().equals(child.id())) {
        continue;
      }
      if (involvement.isLeadProfessional()) {
        later.add(
            new FieldError(
                "involvements", "an involvement this link added is the lead professional now"));
      } else if (apply) {
        em.remove(involvement);
      }
    }
    for (var ended : changes.getJsonObject("ended").entrySet()) {
      Involvement involvement = em.find(Involvement.class, Long.parseLong(ended.getKey()));
      JsonObject change = ended.getValue().asJsonObject();
      if (involvement == null || !involvement.child().id().equals(child.id())) {
        continue;
      }
      if (!involvement
          .endDate()
          .map(LocalDate::toString)
          .orElse("")
          .equals(change.getString("after"))) {
        later.add(
            new FieldError("involvements", "an end date this link recorded was changed again"));
      } else if (apply) {
        involvement.reopen(
            LinkedFacts.provenanceOf(change.getJsonObject("before").getJsonObject("provenance")));
      }
    }
  }
}
