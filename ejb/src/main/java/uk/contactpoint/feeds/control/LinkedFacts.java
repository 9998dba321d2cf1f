package uk.contactpoint.feeds.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.IntendsToReturn;
import uk.contactpoint.child.entity.NameSpelling;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Every fact of a child a feed record can change (FeedApplier), taken before and after a link, so
 * that the link's changes are logged with the values they replaced and a wrong link can be undone.
 * Organisations and practitioners a feed registers are the directory's, not the child's: not here.
 */
public record LinkedFacts(
    PersonName name,
    Provenance core,
    JsonObject address,
    Provenance addressProvenance,
    int addressHistory,
    Long sectionId,
    JsonObject school,
    JsonObject gp,
    LocalDate dateOfDeath,
    Set<String> identifiers,
    Set<Long> carers,
    Map<Long, JsonObject> involvements,
    Map<String, Instant> spellings) {

  /** An identifier's key: type, issuer and value, which name it without a database id. */
  static final String KEY_SEPARATOR = "|";

  public static LinkedFacts of(Child child, List<Involvement> involvements) {
    return new LinkedFacts(
        child.name(),
        child.coreProvenance(),
        addressJson(child.address()),
        child.addressProvenance(),
        child.addressHistory().size(),
        child.section().id(),
        child
            .school()
            .map(
                s ->
                    JSON.createObjectBuilder()
                        .add("id", s.school().id())
                        .add("startDate", String.valueOf(s.startDate()))
                        .add("provenance", provenanceJson(s.provenance()))
                        .build())
            .orElse(null),
        child
            .gp()
            .map(
                g ->
                    JSON.createObjectBuilder()
                        .add("id", g.surgery().id())
                        .add("provenance", provenanceJson(g.provenance()))
                        .build())
            .orElse(null),
        child.dateOfDeath().orElse(null),
        child.identifiers().stream()
            .map(i -> i.type().name() + KEY_SEPARATOR + i.issuer() + KEY_SEPARATOR + i.value())
            .collect(Collectors.toSet()),
        child.parentsCarers().stream()
            .map(ParentCarer::id)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet()),
        involvements.stream()
            .collect(
                Collectors.toMap(
                    Involvement::id,
                    i ->
                        JSON.createObjectBuilder()
                            .add("endDate", i.endDate().map(LocalDate::toString).orElse(""))
                            .add("provenance", provenanceJson(i.provenance()))
                            .build())),
        child.nameSpellings().stream()
            .collect(
                Collectors.toMap(
                    s ->
                        s.source()
                            + KEY_SEPARATOR
                            + s.name().given()
                            + KEY_SEPARATOR
                            + s.name().family(),
                    NameSpelling::lastSentAt)));
  }

  /**
   * What changed from these facts to {@code after}: for each changed fact its value before and
   * after; the rows added.
   */
  public JsonObject changesTo(LinkedFacts after) {
    JsonObjectBuilder changes = JSON.createObjectBuilder();
    if (!name.equals(after.name)) {
      changes.add(
          "name",
          JSON.createObjectBuilder()
              .add("before", nameJson(name))
              .add("beforeProvenance", provenanceJson(core))
              .add("after", nameJson(after.name)));
    }
    if (!address.equals(after.address) || addressHistory != after.addressHistory) {
      changes.add(
          "address",
          JSON.createObjectBuilder()
              .add("before", address)
              .add("beforeProvenance", provenanceJson(addressProvenance))
              .add("after", after.address)
              .add("historyAfter", after.addressHistory));
    }
    if (!sectionId.equals(after.sectionId)) {
      changes.add(
          "section",
          JSON.createObjectBuilder().add("before", sectionId).add("after", after.sectionId));
    }
    registration(changes, "school", school, after.school);
    registration(changes, "gp", gp, after.gp);
    if (!Objects.equals(dateOfDeath, after.dateOfDeath)) {
      changes.add(
          "dateOfDeath",
          JSON.createObjectBuilder().add("after", String.valueOf(after.dateOfDeath)));
    }
    JsonArrayBuilder identifiersAdded = JSON.createArrayBuilder();
    after.identifiers.stream()
        .filter(i -> !identifiers.contains(i))
        .sorted()
        .forEach(identifiersAdded::add);
    JsonArrayBuilder carersAdded = JSON.createArrayBuilder();
    after.carers.stream().filter(c -> !carers.contains(c)).sorted().forEach(carersAdded::add);
    JsonArrayBuilder involvementsAdded = JSON.createArrayBuilder();
    JsonObjectBuilder ended = JSON.createObjectBuilder();
    after.involvements.forEach(
        (id, facts) -> {
          JsonObject before = involvements.get(id);
          if (before == null) {
            involvementsAdded.add(id);
          } else if (!before.getString("endDate").equals(facts.getString("endDate"))) {
            ended.add(
                String.valueOf(id),
                JSON.createObjectBuilder()
                    .add("before", before)
                    .add("after", facts.getString("endDate")));
          }
        });
    // Spellings of the name the link sent (Child#nameSent), with when each was last sent before, so
    // that an undo takes them back.
    JsonArrayBuilder spellingsSent = JSON.createArrayBuilder();
    after.spellings.forEach(
        (key, lastSent) -> {
          Instant was = spellings.get(key);
          if (!lastSent.equals(was)) {
            String[] parts = key.split(java.util.regex.Pattern.quote(KEY_SEPARATOR), 3);
            JsonObjectBuilder sent =
                JSON.createObjectBuilder()
                    .add("source", parts[0])
                    .add("given", parts[1])
                    .add("family", parts[2]);
            spellingsSent.add(
                was == null
                    ? sent.addNull("lastSentBefore")
                    : sent.add("lastSentBefore", was.toString()));
          }
        });
    return changes
        .add("identifiers", identifiersAdded)
        .add("spellings", spellingsSent)
        .add("carers", carersAdded)
        .add("involvements", involvementsAdded)
        .add("ended", ended)
        .build();
  }

  private static void registration(
      JsonObjectBuilder changes, String field, JsonObject before, JsonObject after) {
    long beforeId = before == null ? -1 : before.getJsonNumber("id").longValue();
    long afterId = after == null ? -1 : after.getJsonNumber("id").longValue();
    if (beforeId != afterId) {
      changes.add(
          field,
          JSON.createObjectBuilder()
              .add("before", before == null ? JsonValue.NULL : before)
              .add("after", afterId));
    }
  }

  static JsonObject nameJson(PersonName name) {
    return JSON.createObjectBuilder()
        .add("given", name.given())
        .add("family", name.family())
        .build();
  }

  public static PersonName nameOf(JsonObject json) {
    return new PersonName(json.getString("given"), json.getString("family"));
  }

  public static JsonObject provenanceJson(Provenance provenance) {
    return JSON.createObjectBuilder()
        .add("source", provenance.source())
        .add("at", provenance.updatedAt().toString())
        .build();
  }

  public static Provenance provenanceOf(JsonObject json) {
    return new Provenance(json.getString("source"), Instant.parse(json.getString("at")));
  }

  public static JsonObject addressJson(Address address) {
    JsonArrayBuilder lines = JSON.createArrayBuilder();
    address.lines().forEach(lines::add);
    JsonObjectBuilder json =
        JSON.createObjectBuilder().add("lines", lines).add("status", address.status().name());
    address.town().ifPresent(t -> json.add("town", t));
    address.postcode().ifPresent(p -> json.add("postcode", p));
    address.intendsToReturn().ifPresent(i -> json.add("intendsToReturn", i.name()));
    return json.build();
  }

  public static Address addressOf(JsonObject json) {
    AddressStatus status = AddressStatus.valueOf(json.getString("status"));
    return switch (status) {
      case CURRENT, LAST_KNOWN ->
          Address.at(
              json.getJsonArray("lines").getValuesAs(jakarta.json.JsonString::getString),
              json.getString("town", null),
              json.containsKey("postcode") ? Postcode.of(json.getString("postcode")) : null,
              status);
      case NO_KNOWN_ADDRESS -> Address.noKnownAddress();
      case LEFT_ENGLAND ->
          Address.leftEngland(IntendsToReturn.valueOf(json.getString("intendsToReturn")));
    };
  }
}
