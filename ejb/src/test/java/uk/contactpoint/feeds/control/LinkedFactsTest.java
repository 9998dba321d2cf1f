package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.shared.entity.Provenance;

class LinkedFactsTest {

  private static final Provenance EDUCATION =
      new Provenance("EDU-LEEDS", Instant.parse("2026-01-05T10:00:00Z"));
  private static final JsonObject HOME =
      LinkedFacts.addressJson(
          Address.at(
              List.of("3 Feed Street"), "Otley", Postcode.of("LS21 1AB"), AddressStatus.CURRENT));
  private static final JsonObject ELSEWHERE =
      LinkedFacts.addressJson(
          Address.at(
              List.of("9 Other Road"), "Ilkley", Postcode.of("LS29 8QT"), AddressStatus.CURRENT));

  private static LinkedFacts facts(
      PersonName name,
      JsonObject address,
      int history,
      Set<Long> carers,
      Map<Long, JsonObject> involvements) {
    return new LinkedFacts(
        name,
        EDUCATION,
        address,
        EDUCATION,
        history,
        7L,
        null,
        null,
        null,
        Set.of("SOURCE_ID|EDU-LEEDS|U-1"),
        carers,
        involvements,
        Map.of("EDU-LEEDS|" + name.given() + "|" + name.family(), EDUCATION.updatedAt()));
  }

  private static JsonObject involvement(String endDate) {
    return Json.createObjectBuilder()
        .add("endDate", endDate)
        .add("provenance", LinkedFacts.provenanceJson(EDUCATION))
        .build();
  }

  @Test
  void aLinkThatChangedNothingLogsOnlyEmptyLists() {
    LinkedFacts same =
        facts(new PersonName("Ada", "Mason"), HOME, 0, Set.of(1L), Map.of(5L, involvement("")));
    JsonObject changes = same.changesTo(same);
    assertEquals(
        Set.of("identifiers", "spellings", "carers", "involvements", "ended"), changes.keySet());
    assertTrue(
        changes.getJsonArray("carers").isEmpty() && changes.getJsonObject("ended").isEmpty());
  }

  @Test
  void eachChangedFactIsLoggedWithTheValueItReplacedAndEachAddedRowByItsId() {
    LinkedFacts before =
        facts(new PersonName("Ada", "Mason"), HOME, 0, Set.of(1L), Map.of(5L, involvement("")));
    LinkedFacts after =
        new LinkedFacts(
            new PersonName("Ada", "Hughes"),
            EDUCATION,
            ELSEWHERE,
            EDUCATION,
            1,
            7L,
            null,
            null,
            null,
            Set.of("SOURCE_ID|EDU-LEEDS|U-1", "NHS_NUMBER|NHS|9434765919"),
            Set.of(1L, 2L),
            Map.of(5L, involvement("2026-02-01"), 6L, involvement("")),
            Map.of(
                "EDU-LEEDS|Ada|Mason",
                EDUCATION.updatedAt(),
                "EDU-LEEDS|Ada|Hughes",
                Instant.parse("2026-02-01T09:00:00Z")));
    JsonObject changes = before.changesTo(after);
    assertEquals(
        "[{\"source\":\"EDU-LEEDS\",\"given\":\"Ada\",\"family\":\"Hughes\",\"lastSentBefore\":null}]",
        changes.getJsonArray("spellings").toString(),
        "the spelling the link sent, first sent by it");
    assertEquals(
        "Mason", changes.getJsonObject("name").getJsonObject("before").getString("family"));
    assertEquals(
        "EDU-LEEDS",
        changes.getJsonObject("name").getJsonObject("beforeProvenance").getString("source"));
    assertEquals(HOME, changes.getJsonObject("address").getJsonObject("before"));
    assertEquals(1, changes.getJsonObject("address").getInt("historyAfter"));
    assertEquals("[\"NHS_NUMBER|NHS|9434765919\"]", changes.getJsonArray("identifiers").toString());
    assertEquals("[2]", changes.getJsonArray("carers").toString());
    assertEquals("[6]", changes.getJsonArray("involvements").toString());
    assertEquals(
        "2026-02-01", changes.getJsonObject("ended").getJsonObject("5").getString("after"));
    assertFalse(
        changes.containsKey("section")
            || changes.containsKey("school")
            || changes.containsKey("gp"));
  }

  @Test
  void anAddressComesBackFromTheLogAsItWas() {
    Address back = LinkedFacts.addressOf(ELSEWHERE);
    assertEquals(ELSEWHERE, LinkedFacts.addressJson(back));
    assertEquals(
        AddressStatus.NO_KNOWN_ADDRESS,
        LinkedFacts.addressOf(LinkedFacts.addressJson(Address.noKnownAddress())).status());
  }
}
