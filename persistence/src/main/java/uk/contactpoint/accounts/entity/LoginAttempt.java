package uk.contactpoint.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login attempt, counted by account and by address to rate-limit guessing. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "username", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String username;

  @Column(name = "address", length = 64, nullable = false)
  private String address;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(name = "succeeded", nullable = false)
  private boolean succeeded;

  protected LoginAttempt() {}

  public LoginAttempt(String username, String address, Instant attemptedAt, boolean succeeded) {
    String name = UserAccount.normalise(username);
    this.username =
        name.length() > UserAccount.USERNAME_LENGTH
            ? name.substring(0, UserAccount.USERNAME_LENGTH)
            : name;
    this.address =
        address == null ? "unknown" : address.substring(0, Math.min(64, address.length()));
    this.attemptedAt = attemptedAt;
    this.succeeded = succeeded;
  }
}
