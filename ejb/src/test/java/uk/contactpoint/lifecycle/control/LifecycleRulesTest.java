package uk.contactpoint.lifecycle.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.contactpoint.child.entity.ArchiveReason;
import uk.contactpoint.lifecycle.control.LifecycleRules.Decision;
import uk.contactpoint.lifecycle.control.LifecycleRules.Extension;
import uk.contactpoint.lifecycle.control.LifecycleRules.Step;

class LifecycleRulesTest {

  private static final LocalDate BORN = LocalDate.of(2008, 3, 14);
  private static final LocalDate EIGHTEEN = BORN.plusYears(18);

  private static Decision on(LocalDate today, Optional<Extension> extension, boolean parents) {
    return LifecycleRules.decide(BORN, null, null, extension, parents, today);
  }

  @Test
  void aRecordIsArchivedOnTheEighteenthBirthdayAndNotTheDayBefore() {
    assertEquals(Step.KEEP, on(EIGHTEEN.minusDays(1), Optional.empty(), true).step());
    assertEquals(
        new Decision(Step.ARCHIVE, ArchiveReason.AGE_18), on(EIGHTEEN, Optional.empty(), true));
  }

  @Test
  void anExtensionKeepsTheRecordWithCarersOnlyUntilItEndsOrConsentIsWithdrawn() {
    Extension toTwentyOne = new Extension(BORN.plusYears(21), false);
    assertEquals(Step.DROP_PARENTS, on(EIGHTEEN, Optional.of(toTwentyOne), true).step());
    assertEquals(Step.KEEP, on(EIGHTEEN.plusYears(2), Optional.of(toTwentyOne), false).step());
    assertEquals(
        new Decision(Step.ARCHIVE, ArchiveReason.EXTENSION_ENDED),
        on(BORN.plusYears(21).plusDays(1), Optional.of(toTwentyOne), false));
    assertEquals(
        new Decision(Step.ARCHIVE, ArchiveReason.CONSENT_WITHDRAWN),
        on(EIGHTEEN.plusMonths(3), Optional.of(new Extension(BORN.plusYears(21), true)), false));
    assertEquals(
        ArchiveReason.EXTENSION_ENDED,
        on(BORN.plusYears(25), Optional.of(new Extension(BORN.plusYears(30), false)), false)
            .reason(),
        "never past the 25th birthday");
  }

  @Test
  void aYearAfterADeathTheRecordIsArchived() {
    LocalDate died = LocalDate.of(2020, 6, 1);
    assertEquals(
        Step.KEEP,
        LifecycleRules.decide(
                LocalDate.of(2015, 1, 1), died, null, Optional.empty(), false, died.plusMonths(11))
            .step());
    assertEquals(
        new Decision(Step.ARCHIVE, ArchiveReason.DEATH),
        LifecycleRules.decide(
            LocalDate.of(2015, 1, 1), died, null, Optional.empty(), false, died.plusYears(1)));
  }

  @Test
  void sixYearsAfterArchivingTheRecordIsPurged() {
    LocalDate archived = LocalDate.of(2020, 6, 1);
    assertEquals(
        Step.KEEP,
        LifecycleRules.decide(
                BORN, null, archived, Optional.empty(), false, archived.plusYears(6).minusDays(1))
            .step());
    assertEquals(
        Step.PURGE,
        LifecycleRules.decide(BORN, null, archived, Optional.empty(), false, archived.plusYears(6))
            .step());
  }
}
