package uk.contactpoint.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) in the test JVM for one test class, on the port the server under
 * test sends to ({@code -Dcp.smtp.port=3025} in arquillian.xml). Register it with
 * {@code @RegisterExtension static MailCatcher smtp = new MailCatcher();}.
 */
public final class MailCatcher implements BeforeAllCallback, AfterAllCallback {

  public static final int PORT = 3025;

  private GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  public GreenMail server() {
    return server;
  }

  /** The mails received so far for one address. */
  public java.util.List<jakarta.mail.internet.MimeMessage> to(String address) {
    return java.util.Arrays.stream(server.getReceivedMessages())
        .filter(
            mail -> {
              try {
                return mail.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException unreadable) {
                return false;
              }
            })
        .toList();
  }
}
