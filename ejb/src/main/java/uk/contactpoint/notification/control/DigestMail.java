package uk.contactpoint.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Logger;

/**
 * The daily e-mail: how many changes there were on the children the reader works with, and nothing
 * else. An e-mail leaves ContactPoint's protection (it is forwarded, read on a phone, kept in a
 * mailbox for years), so it names no child, no practitioner, no service: the reader logs in to see
 * them, and that look is audited like any other.
 */
@ApplicationScoped
public class DigestMail {

  private static final Logger LOG = Logger.getLogger(DigestMail.class.getName());

  @Resource(lookup = "java:jboss/mail/Default")
  Session mail;

  /** The subject and text of an e-mail counting {@code changes}. */
  public static String subject(int changes) {
    return "ContactPoint: "
        + changes
        + (changes == 1 ? " change" : " changes")
        + " on children you work with";
  }

  static String text(int changes) {
    return (changes == 1 ? "There was 1 change" : "There were " + changes + " changes")
        + " on the children you work with since your last daily e-mail: someone joined, left or took the lead.\n\n"
        + "Log in to ContactPoint to see them on your home page. This e-mail names no child on purpose.\n\n"
        + "You asked for this daily e-mail. To stop it, untick it on your account page in ContactPoint.\n";
  }

  /**
   * Sends it now; answers whether the mail server took it (a failure is logged by account id only).
   */
  public boolean send(long accountId, String to, int changes) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject(changes));
      message.setText(text(changes));
      Transport.send(message);
      return true;
    } catch (MessagingException e) {
      // Not the exception's message: it may name the address.
      LOG.warning(
          () ->
              "Could not send the daily e-mail of account "
                  + accountId
                  + " ("
                  + e.getClass().getSimpleName()
                  + "); it is tried again at the next run");
      return false;
    }
  }
}
