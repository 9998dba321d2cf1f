package uk.contactpoint.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What proves the holder of an account at login besides the username (DESIGN.md rule 2), and what
 * logins left behind: password and PIN only as a salted hash, the token secret only encrypted, the
 * last token step accepted, the failures counted toward a lock, the last good login, and the
 * one-time code that lets the holder choose them. It lies in the account's own row under the
 * columns it always had, so it needed no migration; the account keeps its status and decides with
 * it when the holder is locked out or activated. Only the account changes it.
 */
@Embeddable
public class LoginCredentials {

  /**
   * Password and PIN hashed together, once (an Argon2id PHC string naming its own cost). An account
   * not logged in since that scheme came holds here the PBKDF2 hash of its password alone, with its
   * PIN's beside it in {@link #legacyPinHash}, until its next login. The column keeps its old name:
   * the change needed no migration.
   */
  @Column(name = "password_hash", length = 200)
  private String credentialHash;

  /**
   * The PIN's own PBKDF2 hash from before the one hash of both; null once the account has logged in
   * since.
   */
  @Column(name = "pin_hash", length = 200)
  private String legacyPinHash;

  @Column(name = "totp_secret", length = 200)
  private String encryptedTotpSecret;

  /** The last accepted TOTP time step: a code is accepted only for a later step (no replay). */
  @Column(name = "last_totp_step", nullable = false)
  private long lastTotpStep;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "activation_code_hash", length = 200)
  private String activationCodeHash;

  @Column(name = "activation_expires_at")
  private Instant activationExpiresAt;

  protected LoginCredentials() {}

  void issueActivationCode(String codeHash, Instant expiresAt) {
    activationCodeHash = Objects.requireNonNull(codeHash, "activation code");
    activationExpiresAt = expiresAt;
  }

  boolean activationCodeUnspentAt(Instant now) {
    return activationCodeHash != null && now.isBefore(activationExpiresAt);
  }

  /** Password and PIN chosen at activation, with the secret of the token being enrolled. */
  void choose(String newCredentialHash, String newEncryptedSecret) {
    credentialHash = Objects.requireNonNull(newCredentialHash);
    legacyPinHash = null;
    encryptedTotpSecret = Objects.requireNonNull(newEncryptedSecret);
  }

  void rehash(String newCredentialHash) {
    credentialHash = Objects.requireNonNull(newCredentialHash);
    legacyPinHash = null;
  }

  /** The new token proved by a code: the one-time code is spent and no failure counts any more. */
  void confirmToken(long firstStep) {
    lastTotpStep = firstStep;
    activationCodeHash = null;
    activationExpiresAt = null;
    failedAttempts = 0;
  }

  void forgetToken() {
    encryptedTotpSecret = null;
    lastTotpStep = 0;
  }

  boolean hasToken() {
    return encryptedTotpSecret != null;
  }

  /** Counts one more failed login; answers how many there have been since the last good one. */
  int countFailure(Instant now) {
    failedAttempts++;
    lastFailureAt = now;
    return failedAttempts;
  }

  /** Whether {@code lockFor} has passed since the last failure (false when none is recorded). */
  boolean quietFor(Duration lockFor, Instant now) {
    return lastFailureAt != null && !now.isBefore(lastFailureAt.plus(lockFor));
  }

  /** A good login, with a code of a later step than any accepted before. */
  void recordLogin(Instant now, long totpStep) {
    if (totpStep <= lastTotpStep) {
      throw new IllegalStateException("A token code may not be used twice");
    }
    failedAttempts = 0;
    lastLoginAt = now;
    lastTotpStep = totpStep;
  }

  void forgetFailures() {
    failedAttempts = 0;
  }

  String credentialHash() {
    return credentialHash;
  }

  String legacyPinHash() {
    return legacyPinHash;
  }

  String encryptedTotpSecret() {
    return encryptedTotpSecret;
  }

  long lastTotpStep() {
    return lastTotpStep;
  }

  int failedAttempts() {
    return failedAttempts;
  }

  Instant lastFailureAt() {
    return lastFailureAt;
  }

  Instant lastLoginAt() {
    return lastLoginAt;
  }

  String activationCodeHash() {
    return activationCodeHash;
  }

  Instant activationExpiresAt() {
    return activationExpiresAt;
  }
}
