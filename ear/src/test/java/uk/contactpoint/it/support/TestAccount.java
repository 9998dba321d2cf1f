package uk.contactpoint.it.support;

import java.io.Serializable;
import java.time.Instant;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.Totp;

/**
 * A test's own account and its four factors. Codes are handed out for ever later time steps (now,
 * then the one after, then waiting for the clock), so a test can log in twice within one 30-second
 * step without replaying a code. Never the step before now: the server may already have moved on by
 * one step when the code arrives, and would find it too old.
 */
public final class TestAccount implements Serializable {

  private final String username;
  private final String password;
  private final String pin;
  private final String secret;
  private final long organisationId;
  private long lastStep;

  public TestAccount(
      String username, String password, String pin, String secret, long organisationId) {
    this.username = username;
    this.password = password;
    this.pin = pin;
    this.secret = secret;
    this.organisationId = organisationId;
    this.lastStep = Totp.stepAt(Instant.now()) - 2;
  }

  public synchronized String nextCode() {
    long now = Totp.stepAt(Instant.now());
    long step = Math.max(lastStep + 1, now);
    while (step > Totp.stepAt(Instant.now()) + 1) {
      sleep();
    }
    lastStep = step;
    return Totp.codeAt(Base32.decode(secret), step);
  }

  /** A code that was already used (for replay tests). */
  public String lastCode() {
    return Totp.codeAt(Base32.decode(secret), lastStep);
  }

  public String loginJson() {
    return loginJson(password, pin, nextCode());
  }

  public String loginJson(String typedPassword, String typedPin, String typedCode) {
    return "{\"username\":\""
        + username
        + "\",\"password\":\""
        + typedPassword
        + "\",\"pin\":\""
        + typedPin
        + "\",\"code\":\""
        + typedCode
        + "\"}";
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  public String pin() {
    return pin;
  }

  public String secret() {
    return secret;
  }

  public long organisationId() {
    return organisationId;
  }
}
