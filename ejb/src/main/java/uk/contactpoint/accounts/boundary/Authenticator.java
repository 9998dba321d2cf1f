package uk.contactpoint.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.AccountOutline;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.control.LoginAttempts;
import uk.contactpoint.accounts.control.LoginPolicy;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNote;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;

/**
 * Verifies the four factors of a login (DESIGN.md rule 2). The web layer's authentication mechanism
 * calls it before any identity exists, hence {@code @PermitAll}; only after it succeeds is the
 * container told the identity and its roles ({@link #admitted}).
 *
 * <p>Every factor is checked every time, and an unknown username costs the same hashing as a known
 * one, so neither the answer nor its timing tells which factor was wrong. Password and PIN are
 * checked together, against one Argon2id hash ({@link SecretHasher}); an account still holding the
 * two PBKDF2 hashes of before gets the new hash at its first successful login.
 */
@Stateless
@PermitAll
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @Inject Clock clock;
  @Inject LoginPolicy policy;
  @Inject LoginAttempts attempts;
  @Inject Accounts accounts;
  @Inject AuditNotes audit;

  @Audited(AuditAction.LOGIN)
  public LoginResult login(
      String username, String password, String pin, String code, String address) {
    Instant now = clock.instant();
    String name = UserAccount.normalise(username);
    AuditNote note = audit.current().from(address);
    if (attempts.tooMany(name, address, now)) {
      attempts.record(name, address, now, false);
      note.outcome(AuditOutcome.LOCKED_OUT)
          .detail("refused", "too many attempts from this address")
          .detail("username", name);
      LOG.info(() -> "Login rate-limited from " + address);
      return LoginResult.rateLimited();
    }
    Optional<UserAccount> found = accounts.byUsername(name);
    UserAccount account = found.orElse(null);
    if (account != null) {
      note.actor(account.username());
      if (account.liftLockAfter(policy.lockFor(), now)) {
        note.detail("lockLifted", "after " + policy.lockFor().toMinutes() + " minutes");
      }
    } else {
      // Not an account: the typed name may be a person's, so it goes to the purgeable detail.
      note.detail("username", name);
    }
    SecretHasher.Check secrets =
        account == null
            ? SecretHasher.check(password, pin, null, null)
            : SecretHasher.check(password, pin, account.credentialHash(), account.legacyPinHash());
    OptionalLong step =
        account == null || account.encryptedTotpSecret() == null
            ? OptionalLong.empty()
            : Totp.acceptedStep(
                policy.tokenCipher().decrypt(account.encryptedTotpSecret()),
                code,
                Totp.stepAt(now),
                account.lastTotpStep());
    boolean allRight =
        account != null
            && account.status() == AccountStatus.ACTIVE
            && secrets.isRight()
            && step.isPresent();
    if (!allRight) {
      note.outcome(AuditOutcome.DENIED)
          .detail("refused", "wrong or missing factor, or account not active");
      if (account != null) {
        AccountStatus before = account.status();
        account.recordFailedLogin(now, policy.lockAfter());
        if (before == AccountStatus.ACTIVE && account.status() == AccountStatus.LOCKED) {
          note.outcome(AuditOutcome.LOCKED_OUT)
              .detail("refused", "account locked after " + account.failedAttempts() + " failures");
        } else if (account.status() != AccountStatus.ACTIVE) {
          note.detail("accountStatus", account.status());
        }
        LOG.info(
            () ->
                "Login refused for account "
                    + account.id()
                    + " ("
                    + account.failedAttempts()
                    + " consecutive failures)");
      }
      attempts.record(name, address, now, false);
      return LoginResult.refused();
    }
    Optional<String> notCleared =
        account.clearanceProblemOn(LocalDate.ofInstant(now, clock.getZone()));
    if (notCleared.isPresent()) {
      attempts.record(name, address, now, false);
      note.outcome(AuditOutcome.DENIED)
          .detail("refused", "not cleared: vetting, training or agreement");
      LOG.info(
          () -> "Login of account " + account.id() + " refused: not cleared to use ContactPoint");
      return LoginResult.notCleared(notCleared.get());
    }
    account.recordLogin(now, step.getAsLong());
    if (secrets.needsRehash()) {
      // Both secrets are known only now: the old pair of hashes (or an older cost) is replaced in
      // this login's transaction. Costs one more hash, once per account.
      account.rehashCredentials(SecretHasher.hash(password, pin));
      note.detail("credentials", "hashed again: Argon2id " + SecretHasher.cost());
      LOG.info(
          () ->
              "Credentials of account "
                  + account.id()
                  + " hashed again (Argon2id "
                  + SecretHasher.cost()
                  + ")");
    }
    attempts.record(name, address, now, true);
    LOG.info(() -> "Login of account " + account.id());
    return LoginResult.succeeded(account.username());
  }

  /**
   * The account a logged-in session goes on as, while it is still active and cleared; empty
   * otherwise. Read on every request from the database (no cache), so disabling an account,
   * revoking its organisation or taking away a role counts from the next request. One query, giving
   * the roles too (the container is told them: no second query by a realm), and no transaction: it
   * only reads, and a transaction per request would add its commit.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<AccountOutline> admitted(String username) {
    return accounts
        .standing(username)
        .flatMap(standing -> standing.admittedOn(LocalDate.now(clock)));
  }

  /**
   * The security-domain name of the source presenting this key ({@code source:<code>}), if the key
   * is known and not revoked. Called by the authentication mechanism before any identity exists;
   * keys are issued by the feeds' SourceKeys and stored only as a digest.
   */
  public Optional<String> sourcePrincipalFor(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank()) {
      return Optional.empty();
    }
    return accounts.sourcePrincipalOfKey(SecretHasher.digest(presentedKey.strip()));
  }
}
