package uk.contactpoint.it.support;

import jakarta.ejb.EJB;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * Lets browser tests, which run outside the server, make their own account. Deployed only in
 * the test EAR (a WAR of its own at /test-support), never in the real one.
 */
@Path("accounts")
public class TestSupportResource {

  @ApplicationPath("/")
  public static class TestSupportApplication extends Application {}

  @EJB TestRecords records;

  @POST
  @Path("practitioner")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String practitioner() {
    TestAccount account = records.createAccount(AccountSpec.practitioner());
    return String.join("\n", account.username(), account.password(), account.pin(), account.secret());
  }

  @POST
  @Path("admin")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String admin() {
    TestAccount account = records.createAccount(AccountSpec.admin());
    return String.join("\n", account.username(), account.password(), account.pin(), account.secret(), String.valueOf(account.organisationId()));
  }

  @POST
  @Path("shielding-manager")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String shieldingManager() {
    TestAccount account = records.createAccount(AccountSpec.manager("E08000035", uk.contactpoint.accounts.entity.Duty.SHIELDING));
    return String.join("\n", account.username(), account.password(), account.pin(), account.secret());
  }

  @POST
  @Path("broker")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String broker() {
    TestAccount account = records.createAccount(AccountSpec.manager("E08000035", uk.contactpoint.accounts.entity.Duty.BROKERING));
    return String.join("\n", account.username(), account.password(), account.pin(), account.secret());
  }

  /** A child of the Leeds section with a family name of its own; answers its record id (under accounts/ for the one root path). */
  @POST
  @Path("child")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String child() {
    java.util.Random random = new java.util.Random();
    StringBuilder family = new StringBuilder("Screen");
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + random.nextInt(26)));
    }
    return records.create(ChildSpec.named("Ella", family.toString(), java.time.LocalDate.now().minusYears(7).minusDays(new java.util.Random().nextInt(900))));
  }

  @POST
  @Path("pending")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String pending() {
    return String.join("\n", records.createPendingAccount());
  }
}
