package uk.contactpoint.brokering.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the brokering managers by e-mail that a contact request waits for them. The mail holds a
 * reference and where to go, never a child's name or anything about the request: e-mail leaves the
 * system. The in-app queue is the record; a mail that cannot be sent is logged, not fatal. It is
 * sent on the server's managed executor, so a slow or stalled mail server never holds the
 * practitioner's request (the mail session has no timeout of its own).
 */
@ApplicationScoped
public class BrokerMail {

  private static final Logger LOG = Logger.getLogger(BrokerMail.class.getName());

  @Resource(lookup = "java:jboss/mail/Default")
  Session mail;

  @Resource ManagedExecutorService executor;

  public void requestWaiting(long reference, List<String> recipients) {
    if (recipients.isEmpty()) {
      LOG.warning(
          () ->
              "Contact request "
                  + reference
                  + " has no brokering manager with an e-mail address to tell");
      return;
    }
    executor.execute(() -> send(reference, List.copyOf(recipients)));
  }

  private void send(long reference, List<String> recipients) {
    try {
      MimeMessage message = new MimeMessage(mail);
      for (String recipient : recipients) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
      }
      message.setSubject("ContactPoint: contact request " + reference + " is waiting");
      message.setText(
          "A practitioner has asked the management team to put them in touch (reference "
              + reference
              + ").\n\n"
              + "Log in to ContactPoint and open Brokering to handle it. This message holds no details on purpose.\n");
      Transport.send(message);
    } catch (MessagingException e) {
      // A mail failure names the recipients' addresses: the log gets the failure without its
      // messages.
      LOG.log(
          Level.WARNING,
          "Could not send the e-mail for contact request "
              + reference
              + "; it waits in the brokering queue",
          uk.contactpoint.shared.control.LoggedFailure.of(e));
    }
  }
}
