package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/**
 * The read path end to end: HTTP → JAX-RS → EJB → EclipseLink → database, on records each test
 * creates with a family name of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ChildSearchIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ChildSearchIT.class);
  }

  @EJB TestRecords records;

  private Api api;

  @BeforeEach
  void logInAsAPractitionerOfOurOwn() {
    api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
  }

  private final Random random = new Random();

  /** A family name no other test or demo record has: letters only, as names are keyed. */
  private String uniqueFamily() {
    StringBuilder name = new StringBuilder("Q");
    for (int i = 0; i < 9; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  /** A child of 2 to 11: never the demo Kelly's birthday (she is always 15). */
  private LocalDate randomBirthday() {
    return LocalDate.now().minusYears(2).minusDays(random.nextInt(9 * 365));
  }

  private static List<String> ids(JsonObject answer) {
    return answer.getJsonArray("results").stream()
        .map(row -> row.asJsonObject().getString("id"))
        .toList();
  }

  @Test
  void misspellingsOfKellyWithHerBirthDateRankKellyFirst() {
    LocalDate born = randomBirthday();
    String kelly = records.create(ChildSpec.named("Kelly", uniqueFamily(), born));
    records.create(ChildSpec.named("Kyle", uniqueFamily(), born).withGender(Gender.MALE));
    records.create(ChildSpec.named("Kali", uniqueFamily(), born));
    records.create(ChildSpec.named("Kelly", uniqueFamily(), born.minusDays(1)));
    for (String typed : List.of("Kely", "Kelli", "Kellie")) {
      Api.Answer answer =
          api.search("{\"name\":\"" + typed + "\",\"dateOfBirth\":\"" + born + "\"}");
      assertEquals(200, answer.status(), answer.body());
      assertEquals(kelly, ids(answer.json()).get(0), typed + ": " + answer.body());
      assertFalse(answer.json().getBoolean("refine"));
    }
  }

  @Test
  void aResultRowCarriesOnlyWhatIsNeededToPickTheChild() {
    LocalDate born = randomBirthday();
    String family = uniqueFamily();
    String id = records.create(ChildSpec.named("Kelly", family, born));
    JsonObject row =
        api.search("{\"name\":\"Kelly " + family + "\",\"dateOfBirth\":\"" + born + "\"}")
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertEquals(id, row.getString("id"));
    assertEquals(
        Set.of(
            "id", "name", "dateOfBirth", "gender", "town", "localAuthority", "shielded", "score"),
        row.keySet());
    assertEquals("Morley", row.getString("town"));
    assertEquals(born.toString(), row.getString("dateOfBirth"));
    assertEquals(family, row.getJsonObject("name").getString("family"));
  }

  @Test
  void formerNamesShortFormsYearOfBirthAndPostcodeAllFindTheChild() {
    LocalDate born = randomBirthday();
    String family = uniqueFamily();
    String former = uniqueFamily();
    String id =
        records.create(
            ChildSpec.named("Elizabeth", family, born)
                .withFormerFamilyName(former)
                .withPostcode("B13 8RD", "Birmingham"));
    assertEquals(
        List.of(id),
        ids(
            api.search("{\"name\":\"Elizabeth " + former + "\",\"dateOfBirth\":\"" + born + "\"}")
                .json()));
    assertEquals(
        List.of(id),
        ids(
            api.search("{\"name\":\"Libby " + family + "\",\"yearOfBirth\":" + born.getYear() + "}")
                .json()));
    assertEquals(
        List.of(id), ids(api.search("{\"name\":\"" + family + "\",\"postcode\":\"b13\"}").json()));
    assertEquals(
        List.of(),
        ids(api.search("{\"name\":\"" + family + "\",\"postcode\":\"LS1 4AP\"}").json()));
  }

  @Test
  void moreThanTwoHundredCandidatesAsksToRefine() {
    String family = uniqueFamily();
    List<ChildSpec> many = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      many.add(ChildSpec.named("Sam", family, randomBirthday()));
    }
    records.createAll(many);
    JsonObject broad = api.search("{\"name\":\"" + family + "\"}").json();
    assertTrue(broad.getBoolean("refine"));
    assertEquals(0, broad.getJsonArray("results").size());
    JsonObject paged =
        api.search(
                "{\"name\":\"Sam "
                    + family
                    + "\",\"yearOfBirth\":"
                    + LocalDate.now().minusYears(5).getYear()
                    + ",\"size\":5,\"page\":1}")
            .json();
    assertFalse(paged.getBoolean("refine"));
    assertTrue(paged.getJsonArray("results").size() <= 5);
  }

  @Test
  void aCommonSurnameWithAYearStillFindsTheOneChildWithBothNames() {
    // 201 children share the surname and the year: the surname alone is too broad, but only one
    // of them is called Quentin, and every typed name must be found on a child.
    String family = uniqueFamily();
    LocalDate born = LocalDate.now().minusYears(7).withDayOfYear(100);
    List<ChildSpec> namesakes = new ArrayList<>();
    for (int i = 0; i < 201; i++) {
      namesakes.add(ChildSpec.named("Sam", family, born.plusDays(i % 200)));
    }
    records.createAll(namesakes);
    String quentin = records.create(ChildSpec.named("Quentin", family, born.plusDays(3)));
    JsonObject answer =
        api.search("{\"name\":\"Quentin " + family + "\",\"yearOfBirth\":" + born.getYear() + "}")
            .json();
    assertFalse(answer.getBoolean("refine"));
    assertEquals(List.of(quentin), ids(answer));
    assertTrue(
        api.search("{\"name\":\"" + family + "\",\"yearOfBirth\":" + born.getYear() + "}")
            .json()
            .getBoolean("refine"));
  }

  @Test
  void aTypoThatChangesHowANameSoundsIsStillFoundThroughTheOtherName() {
    // ELSPET and ELSPETH share no key (spelling or sound), so no child has a key of both typed
    // names; the search falls back to either name's keys and ranks by spelling.
    LocalDate born = randomBirthday();
    String family = uniqueFamily();
    String elspeth = records.create(ChildSpec.named("Elspeth", family, born));
    assertEquals(
        List.of(elspeth),
        ids(
            api.search(
                    "{\"name\":\"Elspet " + family + "\",\"yearOfBirth\":" + born.getYear() + "}")
                .json()));
  }

  @Test
  void badInputIsAProblemNamingEveryField() {
    Api.Answer nothing = api.search("{\"postcode\":\"LS27 9QT\"}");
    assertEquals(422, nothing.status());
    assertTrue(nothing.contentType().startsWith("application/problem+json"), nothing.contentType());
    assertEquals("name", nothing.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Answer malformedDate = api.search("{\"name\":\"Kelly\",\"dateOfBirth\":\"27/08/2011\"}");
    assertEquals(400, malformedDate.status());
    assertEquals(
        "dateOfBirth",
        malformedDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Answer tooBig = api.search("{\"name\":\"Kelly\",\"size\":51}");
    assertEquals(422, tooBig.status());
    assertEquals("size", tooBig.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Answer unknown = api.search("{\"name\":\"Kelly\",\"notes\":\"she seems unhappy\"}");
    assertEquals(400, unknown.status());
    assertEquals(
        "notes", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Answer notJson = api.search("name=Kelly");
    assertEquals(400, notJson.status());
    assertEquals(400, notJson.json().getInt("status"));
  }
}
