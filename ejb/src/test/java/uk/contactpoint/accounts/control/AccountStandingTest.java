package uk.contactpoint.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.contactpoint.accounts.entity.AccountStatus;
import uk.contactpoint.accounts.entity.Clearance;

/** Who a request of a session goes on as: the session check's rule (DESIGN.md rule 1). */
class AccountStandingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static AccountStanding standing(
      AccountStatus status, LocalDate vettedOn, Set<String> roles) {
    AccountOutline outline = new AccountOutline(7L, "pat.smith", new TreeSet<>(roles), 3L, 5L, 11L);
    return new AccountStanding(
        outline,
        new Clearance(
            status, vettedOn, TODAY.minusYears(1), TODAY.minusYears(1), TODAY.minusYears(2)));
  }

  @Test
  void anActiveClearedAccountWithARoleGoesOnWithItsRoles() {
    Optional<AccountOutline> admitted =
        standing(
                AccountStatus.ACTIVE, TODAY.minusYears(1), Set.of("PRACTITIONER", "DUTY_BROKERING"))
            .admittedOn(TODAY);
    assertEquals(Set.of("DUTY_BROKERING", "PRACTITIONER"), admitted.orElseThrow().roleNames());
  }

  @Test
  void anAccountWithNoRoleOrDutyDoesNotGoOn() {
    assertTrue(
        standing(AccountStatus.ACTIVE, TODAY.minusYears(1), Set.of()).admittedOn(TODAY).isEmpty());
  }

  @Test
  void anAccountThatIsNotActiveOrNoLongerClearedDoesNotGoOn() {
    assertTrue(
        standing(AccountStatus.SUSPENDED, TODAY.minusYears(1), Set.of("PRACTITIONER"))
            .admittedOn(TODAY)
            .isEmpty());
    assertTrue(
        standing(AccountStatus.ACTIVE, TODAY.minusYears(3), Set.of("PRACTITIONER"))
            .admittedOn(TODAY)
            .isEmpty(),
        "vetting three years old");
  }
}
