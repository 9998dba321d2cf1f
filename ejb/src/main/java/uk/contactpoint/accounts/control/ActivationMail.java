package uk.contactpoint.accounts.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends a new activation code to the account holder's own work e-mail address, never to the
 * administrator who reset the token: whoever holds the code can enrol a token and take the account
 * over. Sent on the managed executor (a stalled mail server never holds the request); a failure is
 * logged by account id only, and the administrator can reset again.
 */
@ApplicationScoped
public class ActivationMail {

  private static final Logger LOG = Logger.getLogger(ActivationMail.class.getName());

  @Resource(lookup = "java:jboss/mail/Default")
  Session mail;

  @Resource ManagedExecutorService executor;

  public void sendCode(long accountId, String to, String username, String code, Instant expiresAt) {
    executor.execute(() -> send(accountId, to, username, code, expiresAt));
  }

  private void send(long accountId, String to, String username, String code, Instant expiresAt) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject("ContactPoint: set up your security token again");
      message.setText(
          "Your ContactPoint user administrator has reset the security token of the account "
              + username
              + ".\n\n"
              + "Activation code: "
              + code
              + "\n\n"
              + "Open ContactPoint's activation page, enter your username and this code, and set up your token. The code works once,"
              + " until "
              + expiresAt
              + ". If you did not ask for this, tell your user administrator at once.\n");
      Transport.send(message);
    } catch (MessagingException e) {
      // Not the exception's message: it may name the address.
      LOG.warning(
          () ->
              "Could not send the activation code of account "
                  + accountId
                  + " ("
                  + e.getClass().getSimpleName()
                  + "); reset the token again");
    }
  }
}
