package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.it.support.AccountSpec;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestAccount;
import uk.contactpoint.it.support.TestRecords;

/**
 * The leak sweep of DESIGN.md rules 5 and 6 over the API: a shielded child and a child with a
 * sensitive service carry sentinel values; a practitioner involved with both, and a manager of
 * another section, call every endpoint they can reach, and no answer holds a sentinel.
 */
@ExtendWith(ArquillianExtension.class)
class LeakSweepIT {

  private static final String REASON = "{\"reason\":\"COORDINATE_SUPPORT\"}";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(LeakSweepIT.class);
  }

  @EJB TestRecords records;

  private static String letters(int n) {
    Random random = new Random();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  @Test
  void noPractitionerFacingAnswerHoldsAShieldedOrSensitiveValue() {
    String section = "E0" + (7000000 + new Random().nextInt(999999));
    String family = "Sweep" + letters(8);
    String town = "Sentineltown" + letters(5);
    LocalDate born = LocalDate.now().minusYears(7).minusDays(new Random().nextInt(300));
    String shielded = records.create(ChildSpec.named("Ruby", family, born).withPostcode("WF3 4GH", town).inSection(section));
    String carerPhone = "07700 9" + (10000 + new Random().nextInt(89999));
    records.addMotherAtHome(shielded, "Mother " + family, carerPhone);
    String worker = "Sentinel Worker " + letters(5);
    records.involve(shielded, worker, "Family support worker", false, LocalDate.now().minusMonths(1), null);
    // The sensitive service's child lives elsewhere (its own section and the test street), so that
    // its own, visible address is not mistaken for the shielded child's.
    String sensitiveChild = records.create(ChildSpec.named("Leo", family, born.minusYears(3))
        .inSection("E0" + (7000000 + new Random().nextInt(999999))));
    String clinic = "Sentinel Clinician " + letters(5);
    records.involve(sensitiveChild, clinic, "Sexual health nurse", true, LocalDate.now().minusMonths(1), null);
    List<String> sentinels = List.of(town, "WF3 4GH", carerPhone, worker, clinic, "Sexual health", "Test section " + section);

    Api team = Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    TestAccount meAccount = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api me = Api.loggedIn(meAccount);
    // Involved with both before the shield, so "my children" and notifications hold them.
    for (String child : List.of(shielded, sensitiveChild)) {
      assertEquals(201, me.post("/api/v1/children/" + child + "/involvements",
          "{\"role\":\"Mentor\",\"startDate\":\"" + LocalDate.now() + "\"}").status());
    }
    assertEquals(201, team.post("/api/v1/manage/children/" + shielded + "/shield", "{\"criterion\":\"REFUGE\",\"reason\":\"Refuge\"}")
        .status());

    // The sentinels are real: the section's own team sees them.
    String teamView = team.post("/api/v1/children/" + shielded + "/access", REASON).body();
    assertTrue(teamView.contains(town) && teamView.contains(worker) && teamView.contains(carerPhone), teamView);

    Api otherManager = Api.loggedIn(records.createAccount(AccountSpec.manager("E0" + (7000000 + new Random().nextInt(999999)),
        Duty.SHIELDING, Duty.AUDIT_REVIEW, Duty.BROKERING, Duty.DATA_QUALITY)));
    for (Api caller : List.of(me, otherManager)) {
      List<Api.Answer> answers = new ArrayList<>();
      Api.Answer shieldedRecord = caller.post("/api/v1/children/" + shielded + "/access", REASON);
      assertFalse(shieldedRecord.body().contains("1 Test Street"), shieldedRecord.body());
      answers.add(shieldedRecord);
      for (String child : List.of(shielded, sensitiveChild)) {
        answers.add(caller.post("/api/v1/children/" + child + "/access", REASON));
        answers.add(caller.post("/api/v1/children/" + child + "/access", "{\"reason\":\"OTHER\",\"reasonText\":\"sweep\"}"));
        answers.add(caller.post("/api/v1/children/" + child + "/contact-requests", "{\"message\":\"Please put me in touch\"}"));
        answers.add(caller.post("/api/v1/children/" + child + "/inaccuracies", "{\"fact\":\"ADDRESS\",\"note\":\"Moved\"}"));
        answers.add(caller.post("/api/v1/children/" + child + "/shield-requests", "{\"reason\":\"Please shield\"}"));
      }
      answers.add(caller.search("{\"name\":\"Ruby " + family + "\",\"dateOfBirth\":\"" + born + "\"}"));
      answers.add(caller.search("{\"name\":\"" + family + "\"}"));
      answers.add(caller.search("{\"name\":\"Ruby " + family + "\",\"dateOfBirth\":\"" + born + "\",\"postcode\":\"WF3 4GH\"}"));
      answers.add(caller.search("{\"dateOfBirth\":\"" + born + "\",\"postcode\":\"WF3 4GH\"}"));
      answers.add(caller.get("/api/v1/me/home"));
      answers.add(caller.get("/api/v1/me/contact-requests"));
      answers.add(caller.get("/api/v1/reasons"));
      answers.add(caller.post("/api/v1/audit/searches", "{\"childId\":\"" + shielded + "\"}"));
      answers.add(caller.post("/api/v1/audit/searches", "{\"childId\":\"" + sensitiveChild + "\"}"));
      answers.add(caller.get("/api/v1/audit/children/" + shielded + "/accesses"));
      answers.add(caller.get("/api/v1/manage/contact-requests"));
      answers.add(caller.get("/api/v1/manage/shield-requests"));
      answers.add(caller.get("/api/v1/manage/shield-reviews"));
      assertTrue(answers.stream().anyMatch(a -> a.status() == 200), "the sweep reached the endpoints");
      for (Api.Answer answer : answers) {
        for (String sentinel : sentinels) {
          assertFalse(answer.body().toLowerCase().contains(sentinel.toLowerCase()),
              "an answer (" + answer.status() + ") leaks " + sentinel + ": " + answer.body());
        }
      }
    }
  }
}
