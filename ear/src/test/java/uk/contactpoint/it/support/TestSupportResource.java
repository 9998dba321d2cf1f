package uk.contactpoint.it.support;

import jakarta.ejb.EJB;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * Lets browser tests, which run outside the server, make their own account. Deployed only in the
 * test EAR (a WAR of its own at /test-support), never in the real one.
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
    return String.join(
        "\n",
        account.username(),
        account.password(),
        account.pin(),
        account.secret(),
        String.valueOf(account.organisationId()));
  }

  @POST
  @Path("admin")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String admin() {
    TestAccount account = records.createAccount(AccountSpec.admin());
    return String.join(
        "\n",
        account.username(),
        account.password(),
        account.pin(),
        account.secret(),
        String.valueOf(account.organisationId()));
  }

  @POST
  @Path("shielding-manager")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String shieldingManager() {
    TestAccount account =
        records.createAccount(
            AccountSpec.manager("E08000035", uk.contactpoint.accounts.entity.Duty.SHIELDING));
    return String.join(
        "\n", account.username(), account.password(), account.pin(), account.secret());
  }

  @POST
  @Path("broker")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String broker() {
    TestAccount account =
        records.createAccount(
            AccountSpec.manager("E08000035", uk.contactpoint.accounts.entity.Duty.BROKERING));
    return String.join(
        "\n", account.username(), account.password(), account.pin(), account.secret());
  }

  @POST
  @Path("data-quality-manager")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String dataQualityManager() {
    TestAccount account =
        records.createAccount(
            AccountSpec.manager("E08000035", uk.contactpoint.accounts.entity.Duty.DATA_QUALITY));
    return String.join(
        "\n", account.username(), account.password(), account.pin(), account.secret());
  }

  /** A member of the Leeds management team with the user administration duty. */
  @POST
  @Path("user-administrator")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String userAdministrator() {
    TestAccount account = records.createAccount(AccountSpec.userAdministrator("E08000035"));
    return String.join(
        "\n", account.username(), account.password(), account.pin(), account.secret());
  }

  /** A manager of Westminster, outside the demo's Leeds team, with every duty. */
  @POST
  @Path("outside-manager")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String outsideManager() {
    TestAccount account =
        records.createAccount(
            AccountSpec.manager("E09000033", uk.contactpoint.accounts.entity.Duty.values()));
    return String.join(
        "\n", account.username(), account.password(), account.pin(), account.secret());
  }

  @POST
  @Path("auditor")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String auditor() {
    TestAccount account = records.createAccount(AccountSpec.auditor());
    return String.join(
        "\n", account.username(), account.password(), account.pin(), account.secret());
  }

  /**
   * The day the demo data was loaded: its dates (Kelly's birthday, Paul's end) follow it, and a
   * test that computed them from its own clock would fail across midnight.
   */
  @POST
  @Path("demo-load-day")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String demoLoadDay() {
    return String.valueOf(
        records.scalar("SELECT setting_value FROM app_setting WHERE name = 'demo.loaded-on'"));
  }

  /** The record ids of the demo's shielded child and of its child seen by a sensitive service. */
  @POST
  @Path("demo-protected-children")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String demoProtectedChildren() {
    String query =
        "SELECT public_id FROM child WHERE given_names = ? AND family_name = ? AND core_source = 'DEMO'";
    return records.scalar(
            query,
            uk.contactpoint.demo.control.ProtectedChildren.SHIELDED_GIVEN,
            uk.contactpoint.demo.control.ProtectedChildren.SHIELDED_FAMILY)
        + "\n"
        + records.scalar(
            query,
            uk.contactpoint.demo.control.ProtectedChildren.SENSITIVE_GIVEN,
            uk.contactpoint.demo.control.ProtectedChildren.SENSITIVE_FAMILY);
  }

  /**
   * A child of the Leeds section with a family name of its own; answers its record id (under
   * accounts/ for the one root path).
   */
  @POST
  @Path("child")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String child() {
    return records.create(aScreenChild());
  }

  /**
   * Switches training mode on or off in this server (body "true" or "false"): it is read at each
   * call.
   */
  @POST
  @Path("training-mode")
  @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String trainingMode(String on) {
    System.setProperty("cp.training", String.valueOf(Boolean.parseBoolean(on.strip())));
    return on.strip();
  }

  /** A child who turned 18 today, in the section whose code is the body; answers its record id. */
  @POST
  @Path("adult")
  @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String adult(String sectionCode) {
    return records.create(
        aScreenChild()
            .bornOn(java.time.LocalDate.now().minusYears(18))
            .inSection(sectionCode.strip()));
  }

  @EJB uk.contactpoint.notification.boundary.DailyDigest dailyDigest;

  /**
   * One run of the daily e-mail of changes, now, as the morning timer would start it; answers "sent
   * N".
   */
  @POST
  @Path("daily-digest-run")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String dailyDigestRun() {
    return "sent " + dailyDigest.sendUpTo(java.time.Instant.now());
  }

  /** Frees the lifecycle job's lock, as if its last run had ended long ago. */
  @POST
  @Path("lifecycle-lock-free")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String freeLifecycleLock() {
    records.execute(
        "UPDATE job_lock SET locked_until = ? WHERE name = 'record-lifecycle'",
        java.sql.Timestamp.from(java.time.Instant.EPOCH));
    return "free";
  }

  /**
   * One run of the lifecycle job on this node, for one section, at the instant given (body
   * "section\nepochMillis"), as the timer would start it; answers "ran archived" or "skipped 0".
   */
  @POST
  @Path("lifecycle-run")
  @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String lifecycleRun(String body) {
    String[] lines = body.split("\n");
    var run =
        lifecycle.runOnceForSection(
            java.time.LocalDate.now(),
            java.time.Instant.ofEpochMilli(Long.parseLong(lines[1].strip())),
            lines[0].strip());
    return (run.ran() ? "ran " : "skipped ") + run.archived();
  }

  /**
   * A child whose record was archived two years ago: past its team's year, open only to operators
   * for a statutory purpose.
   */
  @POST
  @Path("archived-child")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String archivedChild() {
    String id = records.create(aScreenChild());
    records.execute(
        "UPDATE child SET archived_on = ?, archive_reason = 'AGE_18' WHERE public_id = ?",
        java.sql.Date.valueOf(java.time.LocalDate.now().minusYears(2)),
        id);
    return id;
  }

  /** The same child at another Leeds address: body "postcode\ntown". */
  @POST
  @Path("child-at")
  @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String childAt(String postcodeAndTown) {
    String[] lines = postcodeAndTown.split("\n");
    return records.create(aScreenChild().withPostcode(lines[0].strip(), lines[1].strip()));
  }

  /**
   * Adds a parent or carer (at the child's address) to a record: body
   * "childId\nname\nRELATIONSHIP\nphone"; answers its id.
   */
  @POST
  @Path("carer")
  @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String carer(String body) {
    String[] lines = body.split("\n");
    return String.valueOf(
        records.addCarer(
            lines[0].strip(),
            lines[1].strip(),
            uk.contactpoint.child.entity.Relationship.valueOf(lines[2].strip()),
            lines[3].strip()));
  }

  @EJB uk.contactpoint.lifecycle.boundary.RecordLifecycle lifecycle;

  private static ChildSpec aScreenChild() {
    java.util.Random random = new java.util.Random();
    StringBuilder family = new StringBuilder("Screen");
    for (int i = 0; i < 8; i++) {
      family.append((char) ('a' + random.nextInt(26)));
    }
    return ChildSpec.named(
        "Ella",
        family.toString(),
        java.time.LocalDate.now().minusYears(7).minusDays(random.nextInt(900)));
  }

  @POST
  @Path("pending")
  @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
  public String pending() {
    return String.join("\n", records.createPendingAccount());
  }
}
