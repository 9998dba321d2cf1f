package uk.contactpoint.accounts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.section.entity.LocalAuthoritySection;

/**
 * A person's ContactPoint account. Four factors prove who they are (username, password, PIN, a code
 * from their token); vetting, training and a signed agreement decide whether they may use the
 * system at all (DESIGN.md rules 1 and 2). Credentials are stored only as salted hashes, the token
 * secret only encrypted.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  public static final int USERNAME_LENGTH = 60;
  public static final int VETTING_YEARS = 3;
  public static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);
  public static final Duration DORMANT_AFTER = Duration.ofDays(90);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "username", length = USERNAME_LENGTH, nullable = false, unique = true)
  private String username;

  /** Name, job title, organisation and work contact details, as other practitioners see them. */
  @OneToOne(optional = false)
  @JoinColumn(name = "practitioner_id", nullable = false, unique = true)
  private Practitioner practitioner;

  @ManyToOne(optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private LocalAuthoritySection section;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private AccountStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", length = 30)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_duty", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "duty", length = 30)
  private Set<Duty> duties = new HashSet<>();

  /** Password and PIN, token, logins good and failed, the activation code: this row's columns. */
  @Embedded private LoginCredentials credentials = new LoginCredentials();

  @Column(name = "override_granted_by", length = USERNAME_LENGTH)
  private String overrideGrantedBy;

  @Column(name = "override_granted_at")
  private java.time.OffsetDateTime overrideGrantedAt;

  @Column(name = "vetted_on")
  private LocalDate vettedOn;

  @Column(name = "trained_on")
  private LocalDate trainedOn;

  @Column(name = "agreement_signed_on")
  private LocalDate agreementSignedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Whether the holder asked for the daily e-mail counting changes on the children they work with.
   */
  @Column(name = "daily_digest", nullable = false)
  private boolean dailyDigest;

  /** The end of the span the last daily e-mail counted; null before the first. */
  @Column(name = "digest_covered_to")
  private Instant digestCoveredTo;

  @Version
  @Column(name = "version")
  private int version;

  protected UserAccount() {}

  /** A new account, waiting for its holder to activate it with the one-time code. */
  public UserAccount(
      String username,
      Practitioner practitioner,
      LocalAuthoritySection section,
      Set<Role> roles,
      Set<Duty> duties,
      String activationCodeHash,
      Instant now) {
    this.username = Usernames.valid(username);
    if (roles.isEmpty() || roles.contains(Role.SOURCE_SYSTEM)) {
      throw new IllegalArgumentException(
          "A person's account needs at least one role, and never SOURCE_SYSTEM");
    }
    if (!duties.isEmpty() && !roles.contains(Role.LA_MANAGER)) {
      throw new IllegalArgumentException("Only a management-team member has duties");
    }
    this.practitioner = Objects.requireNonNull(practitioner, "practitioner");
    this.section = Objects.requireNonNull(section, "section");
    this.roles = EnumSet.copyOf(roles);
    this.duties = duties.isEmpty() ? EnumSet.noneOf(Duty.class) : EnumSet.copyOf(duties);
    this.status = AccountStatus.PENDING_ACTIVATION;
    this.createdAt = now;
    credentials.issueActivationCode(activationCodeHash, now.plus(ACTIVATION_VALIDITY));
  }

  public static String normalise(String username) {
    return Usernames.normalise(username);
  }

  public boolean activationCodeValidAt(Instant now) {
    return status == AccountStatus.PENDING_ACTIVATION && credentials.activationCodeUnspentAt(now);
  }

  /**
   * First step of activation: the holder chose password and PIN, and a token secret was made for
   * them. The account stays pending until a code from the token proves the enrolment.
   */
  public void chooseCredentials(String newCredentialHash, String newEncryptedSecret, Instant now) {
    if (!activationCodeValidAt(now)) {
      throw new IllegalStateException("The activation code has expired or was already used");
    }
    credentials.choose(newCredentialHash, newEncryptedSecret);
  }

  /**
   * At a successful login, password and PIN hashed again: in the current form and at the current
   * cost, replacing an older form (two hashes) or an older cost. Only an active account logs in.
   */
  public void rehashCredentials(String newCredentialHash) {
    if (status != AccountStatus.ACTIVE) {
      throw new IllegalStateException("Credentials are hashed again only at a login");
    }
    credentials.rehash(newCredentialHash);
  }

  /** Second step: a code from the newly enrolled token; the account becomes usable. */
  public void confirmToken(long firstStep, Instant now) {
    if (!activationCodeValidAt(now) || !credentials.hasToken()) {
      throw new IllegalStateException("Choose a password and PIN before confirming the token");
    }
    credentials.confirmToken(firstStep);
    status = AccountStatus.ACTIVE;
  }

  /** A lost or new token: the holder activates again with a new one-time code. */
  public void resetToken(String newActivationCodeHash, Instant now) {
    credentials.forgetToken();
    status = AccountStatus.PENDING_ACTIVATION;
    credentials.issueActivationCode(newActivationCodeHash, now.plus(ACTIVATION_VALIDITY));
  }

  public void recordFailedLogin(Instant now, int lockAfter) {
    if (credentials.countFailure(now) >= lockAfter && status == AccountStatus.ACTIVE) {
      status = AccountStatus.LOCKED;
    }
  }

  /**
   * A lock from failed logins lasts {@code lockFor} after the last failure, then lifts by itself
   * (user administration may lift it sooner): the lock slows a guesser without leaving a
   * practitioner shut out until an administrator is found. Answers whether it lifted now.
   */
  public boolean liftLockAfter(Duration lockFor, Instant now) {
    if (status != AccountStatus.LOCKED || !credentials.quietFor(lockFor, now)) {
      return false;
    }
    unlock();
    return true;
  }

  public void recordLogin(Instant now, long totpStep) {
    credentials.recordLogin(now, totpStep);
  }

  public void unlock() {
    if (status == AccountStatus.LOCKED) {
      status = AccountStatus.ACTIVE;
    }
    credentials.forgetFailures();
  }

  public void disable() {
    status = AccountStatus.DISABLED;
  }

  /** Re-enables a disabled account (not a locked or suspended one). */
  public void enable() {
    if (status == AccountStatus.DISABLED) {
      status = credentials.hasToken() ? AccountStatus.ACTIVE : AccountStatus.PENDING_ACTIVATION;
    }
  }

  /** The management team names this user a child-protection user who may override a shield. */
  public void grantOverride(String by, Instant at) {
    if (!roles.contains(Role.PRACTITIONER) && !roles.contains(Role.LA_MANAGER)) {
      throw new IllegalArgumentException("Only practitioners and managers open records");
    }
    overrideGrantedBy = by;
    overrideGrantedAt =
        at == null ? null : java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
  }

  public void revokeOverride() {
    overrideGrantedBy = null;
    overrideGrantedAt = null;
  }

  public boolean hasOverrideRight() {
    return overrideGrantedBy != null;
  }

  public Optional<String> overrideGrantedBy() {
    return Optional.ofNullable(overrideGrantedBy);
  }

  public Optional<Instant> overrideGrantedAt() {
    return Optional.ofNullable(overrideGrantedAt).map(java.time.OffsetDateTime::toInstant);
  }

  public void suspend() {
    if (status != AccountStatus.DISABLED) {
      status = AccountStatus.SUSPENDED;
    }
  }

  public void recordVetting(LocalDate on) {
    vettedOn = on;
  }

  public void recordTraining(LocalDate on) {
    trainedOn = on;
  }

  public void recordAgreementSigned(LocalDate on) {
    agreementSignedOn = on;
  }

  public LocalDate vettingExpiresOn() {
    return vettedOn == null ? null : vettedOn.plusYears(VETTING_YEARS);
  }

  /**
   * Why this person may not use ContactPoint today, in words for them, or empty when they may. Told
   * only after all four factors were right, so it reveals nothing to a guesser.
   */
  public Optional<String> clearanceProblemOn(LocalDate today) {
    return clearance().problemOn(today);
  }

  public Clearance clearance() {
    return new Clearance(
        status, vettedOn, trainedOn, agreementSignedOn, practitioner.organisation().accreditedOn());
  }

  /** Vetting runs out within the reminder period: the holder and their managers are told. */
  public boolean vettingDueWithin(LocalDate today, int days) {
    return vettedOn != null && !vettingExpiresOn().isAfter(today.plusDays(days));
  }

  /** Unused for {@link #DORMANT_AFTER}: since the last login, or since creation. */
  public boolean isDormantAt(Instant now) {
    Instant lastUse = lastLoginAt() != null ? lastLoginAt() : createdAt;
    return status == AccountStatus.ACTIVE && lastUse.plus(DORMANT_AFTER).isBefore(now);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  /** The holder asks for the daily e-mail, or stops it; it counts from now, not from before. */
  public void askForDailyDigest(boolean wanted, Instant now) {
    if (wanted && !dailyDigest) {
      digestCoveredTo = now;
    }
    dailyDigest = wanted;
  }

  public boolean wantsDailyDigest() {
    return dailyDigest;
  }

  /** Where the next daily e-mail starts counting. */
  public Optional<Instant> digestCoveredTo() {
    return Optional.ofNullable(digestCoveredTo);
  }

  /** A daily e-mail counted the changes up to {@code upTo}. */
  public void digestSent(Instant upTo) {
    digestCoveredTo = upTo;
  }

  public Practitioner practitioner() {
    return practitioner;
  }

  public LocalAuthoritySection section() {
    return section;
  }

  public AccountStatus status() {
    return status;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Set<Duty> duties() {
    return Set.copyOf(duties);
  }

  public String credentialHash() {
    return credentials.credentialHash();
  }

  public String legacyPinHash() {
    return credentials.legacyPinHash();
  }

  public String encryptedTotpSecret() {
    return credentials.encryptedTotpSecret();
  }

  public long lastTotpStep() {
    return credentials.lastTotpStep();
  }

  public int failedAttempts() {
    return credentials.failedAttempts();
  }

  public Instant lastFailureAt() {
    return credentials.lastFailureAt();
  }

  public Instant lastLoginAt() {
    return credentials.lastLoginAt();
  }

  public LocalDate vettedOn() {
    return vettedOn;
  }

  public LocalDate trainedOn() {
    return trainedOn;
  }

  public LocalDate agreementSignedOn() {
    return agreementSignedOn;
  }

  public String activationCodeHash() {
    return credentials.activationCodeHash();
  }

  public Instant activationExpiresAt() {
    return credentials.activationExpiresAt();
  }
}
