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
}
