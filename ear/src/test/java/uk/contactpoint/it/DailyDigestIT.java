package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.contactpoint.it.support.Api;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.MailCatcher;

/**
 * The daily e-mail of changes, sent to a real SMTP server: only to those who asked, counting the
 * changes on the children they work with since the last one, and naming none of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DailyDigestIT {

  @RegisterExtension static final MailCatcher MAIL = new MailCatcher();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static String[] practitioner() {
    return new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n");
  }

  private static String involvement(String role) {
    return "{\"role\":\"" + role + "\",\"startDate\":\"" + LocalDate.now().minusDays(3) + "\"}";
  }

  @Test
  void aPractitionerWhoAskedIsToldHowManyChangesAndNeverWhichChild() throws Exception {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    String[] mine = practitioner();
    Api me = Api.loggedIn(mine);

    // It goes to the work e-mail, so without one it is refused, naming the field; a body without
    // the choice changes nothing.
    assertEquals(
        204, me.put("/api/v1/me/contact", "{\"phone\":\"0113 496 0000\",\"email\":\"\"}").status());
    Api.Answer noEmail = me.put("/api/v1/me/daily-digest", "{\"daily\":true}");
    assertTrue(noEmail.status() == 400 || noEmail.status() == 422, noEmail.body());
    assertTrue(noEmail.body().contains("\"daily\""), noEmail.body());
    Api.Answer empty = me.put("/api/v1/me/daily-digest", "{}");
    assertTrue(empty.status() == 400 || empty.status() == 422, empty.body());
    assertFalse(me.get("/api/v1/me/contact").json().getBoolean("dailyDigest"));

    String address = mine[0] + ".digest@example.org";
    assertEquals(204, me.put("/api/v1/me/contact", "{\"email\":\"" + address + "\"}").status());
    assertEquals(204, me.put("/api/v1/me/daily-digest", "{\"daily\":true}").status());
    assertTrue(me.get("/api/v1/me/contact").json().getBoolean("dailyDigest"));
    assertEquals(
        "0113 496 0000",
        me.get("/api/v1/me/contact").json().getString("phone"),
        "the phone left out is kept");

    assertEquals(
        201,
        me.post("/api/v1/children/" + child + "/involvements", involvement("School nurse"))
            .status());
    String mentor = "Learning mentor";
    assertEquals(
        201,
        Api.loggedIn(practitioner())
            .post("/api/v1/children/" + child + "/involvements", involvement(mentor))
            .status());
    assertEquals(
        201,
        Api.loggedIn(practitioner())
            .post("/api/v1/children/" + child + "/involvements", involvement("Youth worker"))
            .status());

    String run = new Api().post("/test-support/accounts/daily-digest-run", "{}").body();
    assertTrue(run.startsWith("sent "), run);
    assertTrue(MAIL.server().waitForIncomingEmail(15_000, 1), "a mail reached the SMTP server");
    List<MimeMessage> mails = MAIL.to(address);
    assertEquals(1, mails.size());
    assertEquals("ContactPoint: 2 changes on children you work with", mails.get(0).getSubject());
    String text = mails.get(0).getContent().toString();
    assertTrue(text.contains("There were 2 changes"), text);
    assertFalse(
        text.contains(child) || text.contains(mentor) || text.contains("Youth worker"),
        "names no child, role or service: " + text);

    // Nothing new, nothing sent; once stopped, nothing sent whatever happens.
    new Api().post("/test-support/accounts/daily-digest-run", "{}");
    Thread.sleep(2_000);
    assertEquals(1, MAIL.to(address).size(), "no change since the last one");
    assertEquals(204, me.put("/api/v1/me/daily-digest", "{\"daily\":false}").status());
    assertEquals(
        201,
        Api.loggedIn(practitioner())
            .post("/api/v1/children/" + child + "/involvements", involvement("Family support"))
            .status());
    new Api().post("/test-support/accounts/daily-digest-run", "{}");
    Thread.sleep(2_000);
    assertEquals(1, MAIL.to(address).size(), "stopped");
  }
}
