package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/** Demo mode, as the README's run command starts it: the data set and Kelly's story. */
@ExtendWith(ArquillianExtension.class)
class DemoStoryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DemoStoryIT.class);
  }

  @EJB TestRecords records;

  private Api api;

  @BeforeEach
  void logInAsAPractitionerOfOurOwn() {
    api = Api.loggedIn(records.createAccount(AccountSpec.practitioner()));
  }

  private String setting(String name) {
    return (String) records.scalar("SELECT setting_value FROM app_setting WHERE name = ?", name);
  }

  @Test
  void demoModeLoadedThreeSectionsAndFiveThousandChildren() {
    assertTrue(
        ((Number)
                    records.scalar(
                        "SELECT COUNT(*) FROM la_section WHERE code IN ('E08000035', 'E08000025', 'E09000033')"))
                .intValue()
            == 3);
    assertTrue(
        ((Number) records.scalar("SELECT COUNT(*) FROM child WHERE core_source = 'DEMO'"))
                .intValue()
            == 5006);
    assertTrue(
        ((Number) records.scalar("SELECT COUNT(*) FROM involvement WHERE source = 'DEMO'"))
                .intValue()
            > 500);
    assertTrue(
        ((Number) records.scalar("SELECT COUNT(*) FROM parent_carer WHERE source = 'DEMO'"))
                .intValue()
            >= 5000);
  }

  @Test
  void searchingKelyWithKellysBirthDateFindsKellyFirst() {
    String kellysId = setting("demo.kelly-id");
    String born = setting("demo.kelly-born");
    for (String typed : List.of("Kely", "Kelli", "Kellie", "Kelly Mason")) {
      JsonObject answer =
          api.search("{\"name\":\"" + typed + "\",\"dateOfBirth\":\"" + born + "\"}").json();
      JsonObject first = answer.getJsonArray("results").getJsonObject(0);
      assertEquals(kellysId, first.getString("id"), typed);
      assertEquals("Kelly", first.getJsonObject("name").getString("given"));
      assertEquals("Leeds", first.getString("localAuthority"));
    }
  }

  @Test
  void throughTheApiKellysRecordShowsWhatTheBrowserShows() {
    String kellysId = setting("demo.kelly-id");
    JsonObject record =
        api.post("/api/v1/children/" + kellysId + "/access", "{\"reason\":\"COORDINATE_SUPPORT\"}")
            .json();
    List<String> names =
        record.getJsonArray("involvements").stream()
            .map(i -> i.asJsonObject().getString("practitioner"))
            .toList();
    assertTrue(
        names.containsAll(List.of("Jane Carter", "Paul Hughes", "Tim Walker")), names.toString());
    assertTrue(!names.contains("Ruth Bennett"), "ended 13 months ago: hidden");
    JsonObject paul =
        record.getJsonArray("involvements").stream()
            .map(i -> i.asJsonObject())
            .filter(i -> i.getString("practitioner").equals("Paul Hughes"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        java.time.LocalDate.parse(setting("demo.loaded-on")).minusMonths(4).toString(),
        paul.getString("endDate"));
    assertEquals("Mason", record.getJsonObject("name").getString("family"));
  }

  @Test
  void kellysFamilyAndTheProfessionalsAreThere() {
    String kellysId = setting("demo.kelly-id");
    List<Object[]> involvements =
        records.rows(
            "SELECT p.full_name, i.end_date FROM involvement i JOIN practitioner p ON p.id = i.practitioner_id"
                + " JOIN child c ON c.id = i.child_id WHERE c.public_id = ? AND i.source = 'DEMO' ORDER BY p.full_name",
            kellysId);
    assertEquals(
        List.of("Jane Carter", "Paul Hughes", "Ruth Bennett", "Tim Walker"),
        involvements.stream().map(row -> (String) row[0]).toList());
    assertEquals(
        1,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM parent_carer pc JOIN child c ON c.id = pc.child_id WHERE c.public_id = ? AND pc.relationship = 'MOTHER'",
                    kellysId))
            .intValue());
    assertEquals(
        4,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM child WHERE family_name = 'Mason' AND postcode = 'LS27 9QT'"))
            .intValue());
    assertEquals(
        1,
        ((Number)
                records.scalar("SELECT COUNT(*) FROM practitioner WHERE full_name = 'Libby Shaw'"))
            .intValue());
  }
}
