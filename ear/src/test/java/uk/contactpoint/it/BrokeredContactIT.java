package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
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
 * Brokered contact (rules 5 and 6), through the API with a real SMTP server (GreenMail) receiving
 * the server's mail: a practitioner asks; the section's brokering managers get an e-mail holding
 * only the reference; a broker forwards and records the outcome; the requester learns it, and the
 * service's contact only when it was agreed to pass it on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokeredContactIT {

  @RegisterExtension static final MailCatcher MAIL = new MailCatcher();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  @Test
  void aRequestIsBrokeredAndTheRequesterLearnsTheOutcome() throws Exception {
    String child = new Api().post("/test-support/accounts/child", "{}").body().strip();
    String[] brokerAccount =
        new Api().post("/test-support/accounts/broker", "{}").body().split("\n");
    Api practitioner =
        Api.loggedIn(
            new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n"));
    Api broker = Api.loggedIn(brokerAccount);

    assertEquals(
        422,
        practitioner.post("/api/v1/children/" + child + "/contact-requests", "{}").status(),
        "a message is needed");
    Api.Answer asked =
        practitioner.post(
            "/api/v1/children/" + child + "/contact-requests",
            "{\"message\":\"I am Ella's new learning mentor and need to reach the sexual health service.\"}");
    assertEquals(201, asked.status(), asked.body());
    long reference = asked.json().getJsonNumber("reference").longValue();

    // The broker's mail: the reference, nothing about the child or the request.
    assertTrue(MAIL.server().waitForIncomingEmail(15_000, 1), "a mail reached the SMTP server");
    String brokerAddress = brokerAccount[0] + "@example.org";
    MimeMessage mail =
        Arrays.stream(MAIL.server().getReceivedMessages())
            .filter(m -> contains(m, brokerAddress, reference))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no mail to " + brokerAddress + " for request " + reference));
    String text = mail.getSubject() + GreenMailUtil.getBody(mail);
    assertFalse(
        text.contains("Ella") || text.contains("Screen") || text.contains("learning mentor"), text);

    // The queue, forwarding and the outcome; only brokers handle it.
    assertEquals(403, practitioner.get("/api/v1/manage/contact-requests").status());
    // Another section's broker: the request is not theirs to know of.
    Api outsider =
        Api.loggedIn(
            new Api().post("/test-support/accounts/outside-manager", "{}").body().split("\n"));
    assertEquals(
        404,
        outsider
            .post(
                "/api/v1/manage/contact-requests/" + reference + "/forwarding",
                "{\"to\":\"Someone else\"}")
            .status());
    assertTrue(
        broker
            .get("/api/v1/manage/contact-requests")
            .body()
            .contains("need to reach the sexual health service"));
    assertEquals(
        204,
        broker
            .post(
                "/api/v1/manage/contact-requests/" + reference + "/forwarding",
                "{\"to\":\"Leeds young people's sexual health service\"}")
            .status());
    assertEquals(
        422,
        broker
            .post(
                "/api/v1/manage/contact-requests/" + reference + "/outcome",
                "{\"outcome\":\"DECLINED\",\"sharedContact\":\"0113 000 1111\"}")
            .status(),
        "a contact is passed on only when agreed");
    assertEquals(
        204,
        broker
            .post(
                "/api/v1/manage/contact-requests/" + reference + "/outcome",
                "{\"outcome\":\"AGREED\",\"sharedContact\":\"Sexual health nurse, 0113 000 1111\"}")
            .status());
    assertEquals(
        409,
        broker
            .post(
                "/api/v1/manage/contact-requests/" + reference + "/outcome",
                "{\"outcome\":\"DECLINED\"}")
            .status());

    String mine = practitioner.get("/api/v1/me/contact-requests").body();
    assertTrue(
        mine.contains("\"outcome\":\"AGREED\"")
            && mine.contains("Sexual health nurse, 0113 000 1111"),
        mine);
    assertFalse(
        broker.get("/api/v1/manage/contact-requests").body().contains("\"reference\":" + reference),
        "no longer waiting");
  }

  private static boolean contains(MimeMessage message, String address, long reference) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address))
          && message.getSubject().contains(String.valueOf(reference));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }
}
