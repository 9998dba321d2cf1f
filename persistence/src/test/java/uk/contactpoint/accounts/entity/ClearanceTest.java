package uk.contactpoint.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClearanceTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static Clearance cleared(AccountStatus status) {
    return new Clearance(
        status,
        TODAY.minusYears(1),
        TODAY.minusMonths(6),
        TODAY.minusMonths(6),
        TODAY.minusYears(1));
  }

  @Test
  void anActiveClearedAccountMayGoOn() {
    assertTrue(cleared(AccountStatus.ACTIVE).allowsUseOn(TODAY));
  }

  @Test
  void aSuspendedLockedOrDisabledAccountMayNotGoOnHoweverCleared() {
    for (AccountStatus status : AccountStatus.values()) {
      if (status != AccountStatus.ACTIVE) {
        assertFalse(cleared(status).allowsUseOn(TODAY), status.name());
      }
    }
  }

  @Test
  void vettingRunsOutOnItsThirdAnniversary() {
    Clearance vetted =
        new Clearance(AccountStatus.ACTIVE, TODAY.minusYears(3).plusDays(1), TODAY, TODAY, TODAY);
    assertTrue(vetted.allowsUseOn(TODAY));
    assertFalse(vetted.allowsUseOn(TODAY.plusDays(1)));
  }

  @Test
  void noTrainingNoAgreementOrNoAccreditationStopsUse() {
    assertFalse(new Clearance(AccountStatus.ACTIVE, TODAY, null, TODAY, TODAY).allowsUseOn(TODAY));
    assertFalse(new Clearance(AccountStatus.ACTIVE, TODAY, TODAY, null, TODAY).allowsUseOn(TODAY));
    assertFalse(new Clearance(AccountStatus.ACTIVE, TODAY, TODAY, TODAY, null).allowsUseOn(TODAY));
    assertFalse(
        new Clearance(AccountStatus.ACTIVE, TODAY, TODAY, TODAY, TODAY.plusDays(1))
            .allowsUseOn(TODAY));
  }
}
