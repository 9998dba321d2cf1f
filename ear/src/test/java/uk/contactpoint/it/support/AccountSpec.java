package uk.contactpoint.it.support;

import java.time.LocalDate;
import java.util.Set;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;

/** An account a test needs; {@link #practitioner()} gives a cleared practitioner in Leeds. */
public record AccountSpec(
    Set<Role> roles,
    Set<Duty> duties,
    String sectionCode,
    LocalDate vettedOn,
    boolean trained,
    boolean agreed) {

  public static AccountSpec practitioner() {
    return new AccountSpec(
        Set.of(Role.PRACTITIONER),
        Set.of(),
        "E08000035",
        LocalDate.now().minusYears(1),
        true,
        true);
  }

  public static AccountSpec admin() {
    return new AccountSpec(
        Set.of(Role.ADMIN), Set.of(), "E08000035", LocalDate.now().minusYears(1), true, true);
  }

  public static AccountSpec userAdministrator(String sectionCode) {
    return new AccountSpec(
        Set.of(Role.LA_MANAGER),
        Set.of(Duty.USER_ADMINISTRATION),
        sectionCode,
        LocalDate.now().minusYears(1),
        true,
        true);
  }

  public static AccountSpec auditor() {
    return new AccountSpec(
        Set.of(Role.AUDITOR), Set.of(), "E08000035", LocalDate.now().minusYears(1), true, true);
  }

  /** A management-team member with the given duties in the given section. */
  public static AccountSpec manager(String sectionCode, Duty... duties) {
    return new AccountSpec(
        Set.of(Role.LA_MANAGER),
        Set.of(duties),
        sectionCode,
        LocalDate.now().minusYears(1),
        true,
        true);
  }

  public AccountSpec inSection(String code) {
    return new AccountSpec(roles, duties, code, vettedOn, trained, agreed);
  }

  public AccountSpec vettedOn(LocalDate date) {
    return new AccountSpec(roles, duties, sectionCode, date, trained, agreed);
  }
}
