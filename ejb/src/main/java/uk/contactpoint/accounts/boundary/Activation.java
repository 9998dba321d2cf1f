package uk.contactpoint.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.CredentialRules;
import uk.contactpoint.accounts.control.LoginPolicy;
import uk.contactpoint.accounts.control.QrCode;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.control.TokenSecretCipher;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * A new user activates their account with the one-time code user administration gave them: first
 * they choose a password and a PIN and get a token secret to scan, then they type a code from the
 * token. Open without login, guarded by the code (72 hours, used once).
 */
@Stateless
@PermitAll
public class Activation {

  private static final Logger LOG = Logger.getLogger(Activation.class.getName());
  static final String WRONG_CODE =
      "The activation code is wrong or has expired. Ask your user administrator for a new one.";

  @Inject Clock clock;
  @Inject LoginPolicy policy;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;

  @Audited(AuditAction.ACCOUNT_ACTIVATED)
  public Enrolment chooseCredentials(
      String username, String activationCode, String password, String pin) {
    Instant now = clock.instant();
    audit.current().detail("step", "credentials chosen");
    UserAccount account = pendingAccount(username, activationCode, now);
    List<FieldError> errors = CredentialRules.check(account.username(), password, pin);
    if (!errors.isEmpty()) {
      throw InvalidInputException.invalid(errors);
    }
    byte[] secret = TokenSecretCipher.newSecret();
    account.chooseCredentials(
        SecretHasher.hash(password, pin), policy.tokenCipher().encrypt(secret), now);
    String uri = Totp.otpauthUri("ContactPoint", account.username(), secret);
    return new Enrolment(uri, Base32.encode(secret), QrCode.svg(uri));
  }

  @Audited(AuditAction.ACCOUNT_ACTIVATED)
  public void confirmToken(String username, String activationCode, String code) {
    Instant now = clock.instant();
    audit.current().detail("step", "token confirmed");
    UserAccount account = pendingAccount(username, activationCode, now);
    if (account.encryptedTotpSecret() == null) {
      throw InvalidInputException.invalid("code", "Choose your password and PIN first");
    }
    OptionalLong step =
        Totp.acceptedStep(
            policy.tokenCipher().decrypt(account.encryptedTotpSecret()), code, Totp.stepAt(now), 0);
    if (step.isEmpty()) {
      throw InvalidInputException.invalid(
          "code", "That code is not right. Type the 6 digits your token shows now.");
    }
    account.confirmToken(step.getAsLong(), now);
    LOG.info(() -> "Account " + account.id() + " activated");
  }

  private UserAccount pendingAccount(String username, String activationCode, Instant now) {
    UserAccount account = accounts.byUsername(username).orElse(null);
    String typed =
        SecretHasher.digest(
            activationCode == null
                ? ""
                : activationCode.strip().toUpperCase(java.util.Locale.ROOT));
    boolean valid =
        account != null
            && account.activationCodeValidAt(now)
            && MessageDigest.isEqual(
                typed.getBytes(StandardCharsets.US_ASCII),
                account.activationCodeHash().getBytes(StandardCharsets.US_ASCII));
    if (!valid) {
      throw InvalidInputException.invalid("activationCode", WRONG_CODE);
    }
    // Named only once the code proves the account: a mistyped name may be anyone's.
    audit.current().actor(account.username()).target("account", account.username());
    return account;
  }
}
