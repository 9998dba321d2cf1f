package uk.contactpoint.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.control.TokenSecretCipher;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.shared.entity.ContactDetails;

/**
 * The demo logins: the people of Kelly's story, a Leeds manager with every duty, a second Leeds
 * manager with the shielding duty, an operator and an auditor. Their passwords, PINs and token
 * secrets are published in the README, so they exist only in demo mode, on demo data.
 */
public final class DemoAccounts {

  /** One published demo login. */
  public record Login(String username, String role, String password, String pin, String secret) {}

  private DemoAccounts() {}

  public static List<Login> logins() {
    return List.of(
        login("jane", "Practitioner (learning mentor)", "2468"),
        login("paul", "Practitioner (social worker)", "1357"),
        login("tim", "Practitioner (housing officer)", "8642"),
        login("libby", "Practitioner (young carers)", "9753"),
        login("manager", "Leeds management team, every duty", "4321"),
        login("admin", "Operator", "5678"),
        login("auditor", "Auditor", "8765"),
        login(
            "deputy",
            "Leeds management team, shielding duty (confirms the override right)",
            "2580"));
  }

  private static Login login(String username, String role, String pin) {
    String secret =
        (username.toUpperCase(Locale.ROOT) + "DEMOTOKEN" + "A".repeat(32)).substring(0, 32);
    return new Login(username, role, username + "-demo-2009", pin, secret);
  }

  static void open(
      KellysStory.Cast cast,
      DemoSection leeds,
      Random random,
      TokenSecretCipher cipher,
      Instant now,
      LocalDate today,
      Consumer<Object> store) {
    Organisation team = service(leeds, "Leeds ContactPoint Management Team", store);
    Organisation operations = service(leeds, "ContactPoint Service Operations", store);
    Organisation audit = service(leeds, "ContactPoint Audit", store);
    for (Organisation organisation :
        List.of(
            cast.jane().organisation(),
            cast.paul().organisation(),
            cast.tim().organisation(),
            cast.libby().organisation(),
            team,
            operations,
            audit)) {
      organisation.accredit(today.minusYears(1), 10);
    }
    List<Login> logins = logins();
    account(
        logins.get(0),
        cast.jane(),
        EnumSet.of(Role.PRACTITIONER),
        Set.of(),
        leeds,
        cipher,
        now,
        today,
        store);
    account(
        logins.get(1),
        cast.paul(),
        EnumSet.of(Role.PRACTITIONER),
        Set.of(),
        leeds,
        cipher,
        now,
        today,
        store);
    account(
        logins.get(2),
        cast.tim(),
        EnumSet.of(Role.PRACTITIONER),
        Set.of(),
        leeds,
        cipher,
        now,
        today,
        store);
    account(
        logins.get(3),
        cast.libby(),
        EnumSet.of(Role.PRACTITIONER),
        Set.of(),
        leeds,
        cipher,
        now,
        today,
        store);
    account(
        logins.get(4),
        leeds.named(team, "Maria Lopez", "ContactPoint manager", random, store),
        EnumSet.of(Role.LA_MANAGER),
        EnumSet.allOf(Duty.class),
        leeds,
        cipher,
        now,
        today,
        store);
    account(
        logins.get(5),
        leeds.named(operations, "Sam Okafor", "Service operator", random, store),
        EnumSet.of(Role.ADMIN),
        Set.of(),
        leeds,
        cipher,
        now,
        today,
        store);
    account(
        logins.get(6),
        leeds.named(audit, "Priya Nair", "Auditor", random, store),
        EnumSet.of(Role.AUDITOR),
        Set.of(),
        leeds,
        cipher,
        now,
        today,
        store);
    // A second member of the shielding duty, so the demo can show the override right given by two
    // people (DESIGN.md rule 5). Its own generator: the shared one would shift every family after
    // it.
    account(
        logins.get(7),
        leeds.named(
            team,
            "Helen Marsh",
            "Deputy ContactPoint manager",
            new Random(DemoDataset.SEED + 7),
            store),
        EnumSet.of(Role.LA_MANAGER),
        EnumSet.of(Duty.SHIELDING),
        leeds,
        cipher,
        now,
        today,
        store);
  }

  private static Organisation service(DemoSection leeds, String name, Consumer<Object> store) {
    Organisation organisation =
        new Organisation(
            null,
            name,
            OrganisationType.LOCAL_AUTHORITY_SERVICE,
            SensitiveCategory.NONE,
            new ContactDetails("0113 222 4444", null),
            "Leeds",
            leeds.section);
    store.accept(organisation);
    return organisation;
  }

  private static void account(
      Login login,
      Practitioner person,
      Set<Role> roles,
      Set<Duty> duties,
      DemoSection leeds,
      TokenSecretCipher cipher,
      Instant now,
      LocalDate today,
      Consumer<Object> store) {
    UserAccount account =
        new UserAccount(
            login.username(),
            person,
            leeds.section,
            roles,
            duties,
            SecretHasher.digest("demo"),
            now);
    account.chooseCredentials(
        SecretHasher.hash(login.password(), login.pin()),
        cipher.encrypt(Base32.decode(login.secret())),
        now);
    // Any code of the current time steps is still accepted at the first login.
    account.confirmToken(Totp.stepAt(now) - 2, now);
    account.recordVetting(today.minusYears(1));
    account.recordTraining(today.minusMonths(11));
    account.recordAgreementSigned(today.minusMonths(11));
    store.accept(account);
  }
}
