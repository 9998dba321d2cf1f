package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
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
 * A reset token's new activation code goes to the holder's own work e-mail, never to the
 * administrator; a suspended account (an investigation is open) or a disabled one is not reset.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenResetIT {

  @RegisterExtension static final MailCatcher MAIL = new MailCatcher();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTestSupport();
  }

  private static String[] practitioner() {
    return new Api().post("/test-support/accounts/practitioner", "{}").body().split("\n");
  }

  private static String status(Api admin, String username) {
    Api.Answer account = admin.get("/api/v1/admin/accounts/" + username);
    assertEquals(200, account.status(), account.body());
    return account.json().getString("status");
  }

  @Test
  void theNewCodeGoesToTheHolderAndNeverForASuspendedOrDisabledAccount() throws Exception {
    Api admin =
        Api.loggedIn(new Api().post("/test-support/accounts/admin", "{}").body().split("\n"));
    String holder = practitioner()[0];
    Api.Answer reset = admin.post("/api/v1/admin/accounts/" + holder + "/reset-token", "{}");
    assertEquals(200, reset.status(), reset.body());
    assertFalse(
        reset.json().containsKey("activationCode") && !reset.json().isNull("activationCode"),
        "the administrator is not given the code: " + reset.body());
    assertEquals("PENDING_ACTIVATION", status(admin, holder));
    assertTrue(MAIL.server().waitForIncomingEmail(15_000, 1), "a mail reached the SMTP server");
    MimeMessage mail = MAIL.to(holder + "@example.org").stream().findFirst().orElseThrow();
    assertTrue(
        mail.getContent().toString().matches("(?s).*Activation code: \\S{6,}.*"),
        mail.getContent().toString());

    String[] suspended = practitioner();
    assertEquals(
        204,
        admin.delete("/api/v1/admin/organisations/" + suspended[4] + "/accreditation").status(),
        "suspends its staff");
    assertEquals("SUSPENDED", status(admin, suspended[0]));
    assertEquals(
        409, admin.post("/api/v1/admin/accounts/" + suspended[0] + "/reset-token", "{}").status());
    assertEquals("SUSPENDED", status(admin, suspended[0]), "the suspension is not lifted");

    String disabled = practitioner()[0];
    assertEquals(200, admin.post("/api/v1/admin/accounts/" + disabled + "/disable", "{}").status());
    assertEquals(
        409, admin.post("/api/v1/admin/accounts/" + disabled + "/reset-token", "{}").status());
    assertEquals("DISABLED", status(admin, disabled));
  }
}
