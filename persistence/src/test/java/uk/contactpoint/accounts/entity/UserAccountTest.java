package uk.contactpoint.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final LocalAuthoritySection LEEDS =
      new LocalAuthoritySection("E08000035", "Leeds");

  private static UserAccount active() {
    Organisation school =
        new Organisation(
            "123456",
            "Morley Academy",
            OrganisationType.SCHOOL,
            SensitiveCategory.NONE,
            null,
            "Morley",
            LEEDS);
    school.accredit(TODAY.minusYears(1), 5);
    Practitioner jane =
        new Practitioner(
            "Jane Carter", "Learning mentor", school, new ContactDetails("0113 000 0000", null));
    UserAccount account =
        new UserAccount(
            "Jane", jane, LEEDS, EnumSet.of(Role.PRACTITIONER), Set.of(), "code-hash", NOW);
    account.chooseCredentials("p", "s", NOW);
    account.confirmToken(100, NOW);
    account.recordVetting(TODAY.minusYears(1));
    account.recordTraining(TODAY.minusMonths(6));
    account.recordAgreementSigned(TODAY.minusMonths(6));
    return account;
  }

  @Test
  void usernamesAreLowerCase() {
    assertEquals("jane", active().username());
  }

  @Test
  void aLockLiftsByItselfOnceItsTimeHasPassedSinceTheLastFailure() {
    UserAccount account = active();
    for (int i = 0; i < 5; i++) {
      account.recordFailedLogin(NOW, 5);
    }
    assertEquals(AccountStatus.LOCKED, account.status());
    java.time.Duration thirtyMinutes = java.time.Duration.ofMinutes(30);
    assertFalse(account.liftLockAfter(thirtyMinutes, NOW.plus(thirtyMinutes).minusSeconds(1)));
    assertEquals(AccountStatus.LOCKED, account.status());
    assertTrue(account.liftLockAfter(thirtyMinutes, NOW.plus(thirtyMinutes)));
    assertEquals(AccountStatus.ACTIVE, account.status());
    assertEquals(0, account.failedAttempts());
    account.suspend();
    assertFalse(
        account.liftLockAfter(thirtyMinutes, NOW.plusSeconds(86_400)),
        "only a lock lifts by itself, never a suspension");
  }

  @Test
  void fiveConsecutiveFailuresLockTheAccountUntilUnlocked() {
    UserAccount account = active();
    for (int i = 0; i < 4; i++) {
      account.recordFailedLogin(NOW, 5);
    }
    assertEquals(AccountStatus.ACTIVE, account.status());
    account.recordFailedLogin(NOW, 5);
    assertEquals(AccountStatus.LOCKED, account.status());
    account.unlock();
    assertEquals(AccountStatus.ACTIVE, account.status());
    assertEquals(0, account.failedAttempts());
  }

  @Test
  void aSuccessfulLoginResetsTheFailureCount() {
    UserAccount account = active();
    account.recordFailedLogin(NOW, 5);
    account.recordLogin(NOW, 101);
    assertEquals(0, account.failedAttempts());
    assertThrows(IllegalStateException.class, () -> account.recordLogin(NOW, 101));
  }

  @Test
  void vettingLastsThreeYears() {
    UserAccount account = active();
    account.recordVetting(TODAY.minusYears(3).plusDays(1));
    assertTrue(account.clearanceProblemOn(TODAY).isEmpty());
    account.recordVetting(TODAY.minusYears(3));
    assertTrue(account.clearanceProblemOn(TODAY).orElseThrow().contains("vetting"));
  }

  @Test
  void theHolderIsRemindedThirtyDaysBeforeVettingRunsOut() {
    UserAccount account = active();
    account.recordVetting(TODAY.minusYears(3).plusDays(31));
    assertFalse(account.vettingDueWithin(TODAY, 30));
    account.recordVetting(TODAY.minusYears(3).plusDays(30));
    assertTrue(account.vettingDueWithin(TODAY, 30));
  }

  @Test
  void trainingAndTheAgreementAreNeeded() {
    UserAccount account = active();
    account.recordTraining(null);
    assertTrue(account.clearanceProblemOn(TODAY).orElseThrow().contains("training"));
    account.recordTraining(TODAY);
    account.recordAgreementSigned(null);
    assertTrue(account.clearanceProblemOn(TODAY).orElseThrow().contains("agreement"));
  }

  @Test
  void anUnaccreditedOrganisationsStaffAreNotCleared() {
    UserAccount account = active();
    account.practitioner().organisation().revokeAccreditation();
    assertTrue(account.clearanceProblemOn(TODAY).orElseThrow().contains("accredited"));
  }

  @Test
  void anAccountUnusedForNinetyDaysIsDormant() {
    UserAccount account = active();
    account.recordLogin(NOW, 101);
    assertFalse(account.isDormantAt(NOW.plus(Duration.ofDays(90))));
    assertTrue(account.isDormantAt(NOW.plus(Duration.ofDays(91))));
  }

  @Test
  void theActivationCodeExpiresAfterSeventyTwoHoursAndWorksOnce() {
    Organisation school =
        new Organisation(
            "1", "School", OrganisationType.SCHOOL, SensitiveCategory.NONE, null, null, LEEDS);
    UserAccount account =
        new UserAccount(
            "newbie",
            new Practitioner("New Person", "Teacher", school, new ContactDetails(null, null)),
            LEEDS,
            EnumSet.of(Role.PRACTITIONER),
            Set.of(),
            "hash",
            NOW);
    assertTrue(account.activationCodeValidAt(NOW.plus(Duration.ofHours(71))));
    assertFalse(account.activationCodeValidAt(NOW.plus(Duration.ofHours(72))));
    account.chooseCredentials("p", "s", NOW);
    account.confirmToken(5, NOW);
    assertFalse(account.activationCodeValidAt(NOW));
  }

  @Test
  void credentialsAreHashedAgainOnlyForAnActiveAccountAndNoPinHashIsLeftBeside() {
    UserAccount account = active();
    account.rehashCredentials("$argon2id$new");
    assertEquals("$argon2id$new", account.credentialHash());
    assertNull(account.legacyPinHash());
    account.disable();
    assertThrows(IllegalStateException.class, () -> account.rehashCredentials("$argon2id$other"));
    assertEquals("$argon2id$new", account.credentialHash());
  }

  @Test
  void dutiesBelongToManagersAndSourceSystemsAreNotPeople() {
    Organisation school =
        new Organisation(
            "1", "School", OrganisationType.SCHOOL, SensitiveCategory.NONE, null, null, LEEDS);
    Practitioner person =
        new Practitioner("A Person", "Teacher", school, new ContactDetails(null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new UserAccount(
                "someone",
                person,
                LEEDS,
                EnumSet.of(Role.PRACTITIONER),
                EnumSet.of(Duty.SHIELDING),
                "h",
                NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new UserAccount(
                "machine", person, LEEDS, EnumSet.of(Role.SOURCE_SYSTEM), Set.of(), "h", NOW));
  }
}
