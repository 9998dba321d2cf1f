package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
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
 * Dates in the range their meaning allows, not only in the calendar: a clearance that happened, a
 * shield reviewed within two years, an involvement that starts after the child was born. Each
 * refusal names its field and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DatesByMeaningIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DatesByMeaningIT.class);
  }

  @EJB TestRecords records;

  private final Random random = new Random();

  private String family() {
    StringBuilder name = new StringBuilder("Dated");
    for (int i = 0; i < 8; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  @Test
  void aVettingDateAheadWouldNeverExpireAndIsRefused() {
    String section = records.newSection();
    TestAccount member = records.createAccount(AccountSpec.practitioner().inSection(section));
    Api admin = Api.loggedIn(records.createAccount(AccountSpec.userAdministrator(section)));
    Object before =
        records.scalar("SELECT vetted_on FROM user_account WHERE username = ?", member.username());

    Api.Answer ahead =
        admin.post(
            "/api/v1/admin/accounts/" + member.username() + "/clearance",
            "{\"vettedOn\":\""
                + LocalDate.now().plusYears(10)
                + "\",\"trainedOn\":\""
                + LocalDate.now().plusDays(1)
                + "\",\"agreementSignedOn\":\""
                + LocalDate.now()
                + "\"}");
    assertEquals(422, ahead.status(), ahead.body());
    assertTrue(
        ahead.body().contains("\"vettedOn\"") && ahead.body().contains("\"trainedOn\""),
        ahead.body());
    assertTrue(
        !ahead.body().contains("\"agreementSignedOn\""),
        "today is a date that happened: " + ahead.body());
    assertEquals(
        String.valueOf(before),
        String.valueOf(
            records.scalar(
                "SELECT vetted_on FROM user_account WHERE username = ?", member.username())),
        "the clearance is as it was");

    assertEquals(
        200,
        admin
            .post(
                "/api/v1/admin/accounts/" + member.username() + "/clearance",
                "{\"vettedOn\":\"" + LocalDate.now().minusMonths(1) + "\"}")
            .status());
  }

  @Test
  void aShieldIsReviewedWithinTwoYears() {
    String section = records.newSection();
    String child =
        records.create(
            ChildSpec.named("Iris", family(), LocalDate.now().minusYears(7)).inSection(section));
    Api shielding =
        Api.loggedIn(records.createAccount(AccountSpec.manager(section, Duty.SHIELDING)));
    Api.Answer farAhead =
        shielding.post(
            "/api/v1/manage/children/" + child + "/shield",
            "{\"criterion\":\"REFUGE\",\"reason\":\"Family in a refuge\",\"reviewOn\":\""
                + LocalDate.now().plusYears(2).plusDays(1)
                + "\"}");
    assertEquals(422, farAhead.status(), farAhead.body());
    assertTrue(farAhead.body().contains("\"reviewOn\""), farAhead.body());
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM shield s JOIN child c ON c.id = s.child_id WHERE c.public_id = ?",
                    child))
            .longValue(),
        "no shield was stored");
    assertEquals(
        201,
        shielding
            .post(
                "/api/v1/manage/children/" + child + "/shield",
                "{\"criterion\":\"REFUGE\",\"reason\":\"Family in a refuge\",\"reviewOn\":\""
                    + LocalDate.now().plusYears(2)
                    + "\"}")
            .status());
  }

  @Test
  void anInvolvementStartsOnOrAfterTheChildsBirth() {
    String section = records.newSection();
    LocalDate born = LocalDate.now().minusYears(2);
    String child = records.create(ChildSpec.named("Ezra", family(), born).inSection(section));
    Api practitioner =
        Api.loggedIn(records.createAccount(AccountSpec.practitioner().inSection(section)));
    Api.Answer before =
        practitioner.post(
            "/api/v1/children/" + child + "/involvements",
            "{\"role\":\"Health visitor\",\"startDate\":\"" + born.minusDays(1) + "\"}");
    assertEquals(422, before.status(), before.body());
    assertTrue(before.body().contains("\"startDate\""), before.body());
    assertEquals(
        0L,
        ((Number)
                records.scalar(
                    "SELECT COUNT(*) FROM involvement i JOIN child c ON c.id = i.child_id WHERE c.public_id = ?",
                    child))
            .longValue(),
        "no involvement was stored");
    assertEquals(
        201,
        practitioner
            .post(
                "/api/v1/children/" + child + "/involvements",
                "{\"role\":\"Health visitor\",\"startDate\":\"" + born + "\"}")
            .status());
  }
}
