package uk.contactpoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.contactpoint.accounts.control.Base32;
import uk.contactpoint.accounts.control.LoginPolicy;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.control.TokenSecretCipher;
import uk.contactpoint.accounts.control.Totp;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Test data builder inside the server: each test creates the records it needs through the real
 * entities, so tests never depend on one another or on the demo data.
 */
@Stateless
@PermitAll
public class TestRecords {

  public static final String SOURCE = "TEST";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject LoginPolicy policy;
  @Inject uk.contactpoint.audit.control.AuditDetails auditDetails;
  @Inject uk.contactpoint.audit.control.AuditKeys auditKeys;
  @jakarta.ejb.EJB uk.contactpoint.audit.boundary.AuditKeyAdoption auditKeyAdoption;
  @jakarta.ejb.EJB uk.contactpoint.auditreview.boundary.AlertScan alertScan;
  @jakarta.ejb.EJB uk.contactpoint.audit.boundary.AuditMaintenance maintenance;

  @jakarta.ejb.EJB uk.contactpoint.feeds.control.FeedWorker feedWorker;
  @jakarta.ejb.EJB uk.contactpoint.feeds.control.FeedBatchQueue feedBatches;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext self;
  @jakarta.ejb.EJB uk.contactpoint.feeds.control.FeedDispatcher feedDispatcher;

  @jakarta.annotation.Resource(lookup = "java:jboss/datasources/ContactPointDS")
  javax.sql.DataSource dataSource;

  /**
   * A section of the calling test's own (a random ONS-like code): a section exists once a child of
   * it does.
   */
  public String newSection() {
    String code = "E0" + (7000000 + new java.util.Random().nextInt(999999));
    create(
        ChildSpec.named("Anchor", "Anchor", java.time.LocalDate.now().minusYears(3))
            .inSection(code));
    return code;
  }

  public String create(ChildSpec spec) {
    LocalAuthoritySection section = section(spec.sectionCode());
    Provenance provenance = new Provenance(SOURCE, Instant.now());
    Address address =
        Address.at(
            List.of("1 Test Street"),
            spec.town(),
            Postcode.of(spec.postcode()),
            AddressStatus.CURRENT);
    Child child =
        new Child(
            UUID.randomUUID().toString(),
            section,
            new PersonName(spec.given(), spec.family()),
            spec.birthDate(),
            spec.gender(),
            address,
            provenance);
    spec.formerFamilyNames()
        .forEach(former -> child.recordFormerName(new PersonName(spec.given(), former)));
    em.persist(child);
    return child.publicId();
  }

  /** A cleared, active account of its own accredited organisation, with known factors. */
  public TestAccount createAccount(AccountSpec spec) {
    Instant now = Instant.now();
    LocalAuthoritySection section = section(spec.sectionCode());
    String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Organisation organisation =
        new Organisation(
            null,
            "Test organisation " + username,
            OrganisationType.OTHER_SERVICE,
            SensitiveCategory.NONE,
            new ContactDetails("0113 000 0000", null),
            "Leeds",
            section);
    organisation.accredit(LocalDate.now().minusYears(1), 5);
    em.persist(organisation);
    Practitioner person =
        new Practitioner(
            "Test " + username,
            "Tester",
            organisation,
            new ContactDetails("0113 000 0001", username + "@example.org"));
    em.persist(person);
    String password = "password-of-" + username;
    String pin = String.valueOf(1000 + new java.util.Random().nextInt(9000));
    byte[] secret = TokenSecretCipher.newSecret();
    UserAccount account =
        new UserAccount(username, person, section, spec.roles(), spec.duties(), "unused", now);
    account.chooseCredentials(
        SecretHasher.hash(password, pin), policy.tokenCipher().encrypt(secret), now);
    account.confirmToken(Totp.stepAt(now) - 3, now);
    account.recordVetting(spec.vettedOn());
    account.recordTraining(spec.trained() ? LocalDate.now().minusMonths(1) : null);
    account.recordAgreementSigned(spec.agreed() ? LocalDate.now().minusMonths(1) : null);
    em.persist(account);
    return new TestAccount(
        username,
        password,
        pin,
        Base32.encode(secret),
        organisation.id() == null ? flushAndId(organisation) : organisation.id());
  }

  /** An account as user administration leaves it: pending, with a one-time activation code. */
  public String[] createPendingAccount() {
    Instant now = Instant.now();
    LocalAuthoritySection section = section("E08000035");
    String username = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Organisation organisation =
        new Organisation(
            null,
            "Test organisation " + username,
            OrganisationType.OTHER_SERVICE,
            SensitiveCategory.NONE,
            new ContactDetails(null, null),
            "Leeds",
            section);
    organisation.accredit(LocalDate.now().minusYears(1), 5);
    em.persist(organisation);
    Practitioner person =
        new Practitioner(
            "New " + username, "Teacher", organisation, new ContactDetails(null, null));
    em.persist(person);
    String code = uk.contactpoint.accounts.control.ActivationCodes.newCode();
    UserAccount account =
        new UserAccount(
            username,
            person,
            section,
            java.util.EnumSet.of(uk.contactpoint.accounts.entity.Role.PRACTITIONER),
            java.util.Set.of(),
            SecretHasher.digest(code),
            now);
    account.recordVetting(LocalDate.now().minusMonths(1));
    account.recordTraining(LocalDate.now().minusMonths(1));
    account.recordAgreementSigned(LocalDate.now().minusMonths(1));
    em.persist(account);
    return new String[] {username, code};
  }

  /**
   * Someone else's involvement with the child, possibly ended, possibly with a sensitive service.
   */
  public long involve(
      String childId,
      String practitionerName,
      String jobTitle,
      boolean sensitive,
      LocalDate start,
      LocalDate end) {
    Child child =
        em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    Provenance provenance = new Provenance(SOURCE, Instant.now());
    Organisation organisation =
        new Organisation(
            null,
            (sensitive ? "Sexual health service " : "Service of ") + practitionerName,
            OrganisationType.HEALTH_SERVICE,
            sensitive ? SensitiveCategory.SEXUAL_HEALTH : SensitiveCategory.NONE,
            new ContactDetails("0113 111 2222", null),
            "Leeds",
            child.section());
    em.persist(organisation);
    Practitioner person =
        new Practitioner(
            practitionerName, jobTitle, organisation, new ContactDetails("07700 900123", null));
    em.persist(person);
    uk.contactpoint.involvement.entity.Involvement involvement =
        new uk.contactpoint.involvement.entity.Involvement(
            child, organisation, person, jobTitle, start, provenance);
    if (sensitive) {
      involvement.recordConsent(
          uk.contactpoint.involvement.entity.ConsentBasis.YOUNG_PERSON,
          "Agreed, and understood (test)",
          start);
    }
    if (end != null) {
      involvement.endOn(end, provenance);
    }
    em.persist(involvement);
    em.flush();
    return involvement.id();
  }

  /** The organisation runs the source system with that code. */
  public void linkSource(long organisationId, String sourceCode) {
    em.find(Organisation.class, organisationId).runsSourceSystem(sourceCode);
  }

  /** A source system's own number for the child. */
  public void recordSourceId(String childId, String sourceCode, String number) {
    Child child =
        em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    child.recordSourceId(number, new Provenance(sourceCode, Instant.now()));
  }

  public void recordNhsNumber(String childId, String nhsNumber) {
    Child child =
        em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    child.recordNhsNumber(
        uk.contactpoint.child.entity.NhsNumber.of(nhsNumber),
        new Provenance(SOURCE, Instant.now()));
  }

  /** Marks the record shielded, as the shielding duty does, without going through its screens. */
  public void shield(String childId) {
    em.createNativeQuery("UPDATE child SET shielded = TRUE WHERE public_id = ?")
        .setParameter(1, childId)
        .executeUpdate();
  }

  private long flushAndId(Organisation organisation) {
    em.flush();
    return organisation.id();
  }

  /** Takes every role from the account while its credentials stay valid. */
  public void removeRoles(String username) {
    em.createNativeQuery(
            "DELETE FROM user_account_role WHERE account_id = (SELECT id FROM user_account WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
  }

  /** As if the account had last been used that many days ago. */
  public void backdateLastLogin(String username, int days) {
    em.createNativeQuery("UPDATE user_account SET last_login_at = ? WHERE username = ?")
        .setParameter(
            1, java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(days))))
        .setParameter(2, username)
        .executeUpdate();
  }

  public String accountStatus(String username) {
    return (String) scalar("SELECT status FROM user_account WHERE username = ?", username);
  }

  public List<String> createAll(List<ChildSpec> specs) {
    return specs.stream().map(this::create).toList();
  }

  private LocalAuthoritySection section(String code) {
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              LocalAuthoritySection created =
                  new LocalAuthoritySection(code, "Test section " + code);
              em.persist(created);
              return created;
            });
  }

  /** A single value from SQL, for assertions on what the database holds. */
  public Object scalar(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  @SuppressWarnings("unchecked")
  public List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((List<Object>) query.getResultList())
        .stream().map(row -> row instanceof Object[] array ? array : new Object[] {row}).toList();
  }

  /** Which JPA provider the persistence unit really runs on. */
  public String providerClassName() {
    return em.getEntityManagerFactory().getClass().getName();
  }

  /** Runs the alert scan now, as the timer would. */
  public int scanAlerts() {
    return alertScan.scan();
  }

  /** The lifecycle purge of one child's audit details. */
  public int purgeAuditDetails(String childId) {
    return auditDetails.purgeForChild(childId, "test-lifecycle");
  }

  /**
   * A statement run as the application's database user: to tamper, or to break the audit write on
   * purpose.
   */
  public int execute(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    int changed = query.executeUpdate();
    // Behind the persistence unit's back: its cache must read the rows again.
    em.getEntityManagerFactory().getCache().evictAll();
    return changed;
  }

  /**
   * The chains as the command-line verifier sees them, given the server's audit keys, on the
   * server's own connection.
   */
  public uk.contactpoint.audit.control.VerificationReport verifyTrail() {
    return verifyTrail(auditKeys.all());
  }

  /** The chains as a verifier given no audit key sees them. */
  public uk.contactpoint.audit.control.VerificationReport verifyTrailWithoutKeys() {
    return verifyTrail(List.of());
  }

  private uk.contactpoint.audit.control.VerificationReport verifyTrail(
      java.util.Collection<uk.contactpoint.audit.entity.ChainSeal> keys) {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      return new uk.contactpoint.audit.control.ChainVerifier(
              connection, java.time.Clock.systemUTC(), keys)
          .verifyAll();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A chain of its own with three entries written now under the server's audit key. */
  public String writeChainNow() {
    String key = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    uk.contactpoint.audit.entity.AuditChain chain =
        new uk.contactpoint.audit.entity.AuditChain(key);
    em.persist(chain);
    uk.contactpoint.audit.entity.AuditFacts facts =
        new uk.contactpoint.audit.entity.AuditFacts(
            uk.contactpoint.audit.entity.AuditAction.SEARCH,
            uk.contactpoint.audit.entity.AuditOutcome.SUCCESS,
            uk.contactpoint.audit.entity.AuditFacts.Actor.NOBODY,
            null,
            null,
            false,
            "test:" + key,
            null);
    for (int i = 0; i < 3; i++) {
      em.persist(
          new uk.contactpoint.audit.entity.AuditEntry(
              chain, Instant.now(), facts, null, auditKeys.current()));
    }
    return key;
  }

  /**
   * Recomputes every hash of a chain as someone who rewrote it would: with the server's key, or,
   * without it, with plain SHA-256 and no key named (what the audit key is there to expose).
   */
  public void rewriteChain(String key, boolean withTheKey) {
    uk.contactpoint.audit.entity.ChainSeal seal =
        withTheKey ? auditKeys.current() : uk.contactpoint.audit.entity.ChainSeal.UNKEYED;
    em.flush();
    em.getEntityManagerFactory().getCache().evictAll();
    em.clear();
    uk.contactpoint.audit.entity.AuditChain chain =
        em.find(uk.contactpoint.audit.entity.AuditChain.class, key);
    String previous = chain.anchorHash();
    for (uk.contactpoint.audit.entity.AuditEntry entry :
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.chainKey = :key ORDER BY e.seq",
                uk.contactpoint.audit.entity.AuditEntry.class)
            .setParameter("key", key)
            .getResultList()) {
      uk.contactpoint.audit.entity.ChainLink link = entry.link();
      String hash =
          new uk.contactpoint.audit.entity.ChainLink(
                  link.chainKey(),
                  link.seq(),
                  previous,
                  link.occurredAt(),
                  link.action(),
                  link.outcome(),
                  link.actorUsername(),
                  link.actorAccountId(),
                  link.actorRoles(),
                  link.actorOrganisationId(),
                  link.actorSectionId(),
                  link.childRef(),
                  link.subjectSectionId(),
                  link.subjectShielded(),
                  link.targetRef(),
                  link.clientAddress(),
                  link.detailHash())
              .hash(seal);
      em.createNativeQuery(
              "UPDATE audit_entry SET prev_hash = ?, entry_hash = ?, seal_key = ? WHERE id = ?")
          .setParameter(1, previous)
          .setParameter(2, hash)
          .setParameter(3, seal.keyId())
          .setParameter(4, entry.id())
          .executeUpdate();
      previous = hash;
    }
    em.createNativeQuery("UPDATE audit_chain SET last_hash = ? WHERE chain_key = ?")
        .setParameter(1, previous)
        .setParameter(2, key)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
  }

  /**
   * What a server does at start with an audit key: seals the chains that end unkeyed; answers how
   * many.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public long adoptTheAuditKey() {
    return auditKeyAdoption.sealChains();
  }

  /** A chain of its own with two entries (with details) in the given month and one now. */
  public String writeOldChain(java.time.YearMonth month) {
    String key = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    uk.contactpoint.audit.entity.AuditChain chain =
        new uk.contactpoint.audit.entity.AuditChain(key);
    em.persist(chain);
    Instant old = month.atDay(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    uk.contactpoint.audit.entity.AuditFacts facts =
        new uk.contactpoint.audit.entity.AuditFacts(
            uk.contactpoint.audit.entity.AuditAction.SEARCH,
            uk.contactpoint.audit.entity.AuditOutcome.SUCCESS,
            uk.contactpoint.audit.entity.AuditFacts.Actor.NOBODY,
            null,
            null,
            false,
            "test:" + key,
            null);
    for (int i = 0; i < 2; i++) {
      String content = "{\"chain\":\"" + key + "\"}";
      uk.contactpoint.audit.entity.AuditEntry entry =
          new uk.contactpoint.audit.entity.AuditEntry(
              chain,
              old.plusSeconds(i),
              facts,
              uk.contactpoint.audit.entity.AuditDetail.hashOf(content, null),
              auditKeys.current());
      em.persist(entry);
      em.persist(new uk.contactpoint.audit.entity.AuditDetail(entry.id(), content, null));
    }
    em.persist(
        new uk.contactpoint.audit.entity.AuditEntry(
            chain, Instant.now(), facts, null, auditKeys.current()));
    return key;
  }

  public void ensureAuditPartition(java.time.YearMonth month) {
    maintenance.ensurePartitions(month, month);
  }

  public int applyAuditRetention(java.time.YearMonth firstKept) {
    return maintenance.removeEntriesBefore(firstKept);
  }

  /** PostgreSQL: the owner's retention floor, in months (the tests connect as the owner). */
  public void setAuditRetentionFloor(int months) {
    em.createNativeQuery("UPDATE audit_retention_floor SET months = ?")
        .setParameter(1, months)
        .executeUpdate();
  }

  /**
   * PostgreSQL: runs one statement as {@code contactpoint_app}, a role with only the grants
   * docs/operations.md gives the application's role, and answers the database's refusal (null when
   * it ran). The role is made by .ci/run (or by hand: docs/operations.md).
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public String asTheApplicationRole(String sql, Object... parameters) {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      try (java.sql.Statement grants = connection.createStatement()) {
        grants.execute(
            "GRANT SELECT, INSERT ON audit_entry, audit_detail_purge TO contactpoint_app");
        grants.execute("GRANT SELECT, INSERT, DELETE ON audit_detail TO contactpoint_app");
        grants.execute("GRANT SELECT, UPDATE ON audit_chain TO contactpoint_app");
        grants.execute("GRANT SELECT ON audit_retention_floor TO contactpoint_app");
        grants.execute(
            "GRANT EXECUTE ON FUNCTION audit_add_month(DATE), audit_drop_month(DATE) TO contactpoint_app");
        grants.execute("SET ROLE contactpoint_app");
      }
      try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        statement.execute();
        return null;
      } catch (java.sql.SQLException refused) {
        return refused.getMessage();
      } finally {
        try (java.sql.Statement reset = connection.createStatement()) {
          reset.execute("RESET ROLE");
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Makes an account's organisation a service of the given sensitive category. */
  public void makeSensitive(long organisationId, String category) {
    em.createNativeQuery("UPDATE organisation SET sensitive_category = ? WHERE id = ?")
        .setParameter(1, category)
        .setParameter(2, organisationId)
        .executeUpdate();
  }

  /** A mother living at the child's own address, with a phone; answers her id. */
  public long addMotherAtHome(String childId, String name, String phone) {
    Child child =
        em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    uk.contactpoint.child.entity.ParentCarer mother =
        child.addParentCarer(
            name,
            uk.contactpoint.child.entity.Relationship.MOTHER,
            new ContactDetails(phone, null),
            child.address(),
            new Provenance(SOURCE, Instant.now()));
    em.flush();
    return mother.id();
  }

  /**
   * A batch as a killed server leaves it: stored, its first {@code appliedBeforeTheCrash} records
   * applied by the worker, the rest without an outcome. Answers the batch's id.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public long feedBatchStoppedPartWay(
      String source, String batchRef, List<String> records, int appliedBeforeTheCrash) {
    long batchId =
        self.getBusinessObject(TestRecords.class).storeFeedBatch(source, batchRef, records);
    var queued = feedBatches.start(batchId);
    for (int i = 0; i < appliedBeforeTheCrash; i++) {
      feedWorker.process(queued.get(i).id(), 0);
    }
    return batchId;
  }

  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public long storeFeedBatch(String source, String batchRef, List<String> records) {
    var batch =
        new uk.contactpoint.feeds.entity.FeedBatch(
            source, batchRef, "test-" + batchRef, records.size(), Instant.now());
    em.persist(batch);
    for (int i = 0; i < records.size(); i++) {
      em.persist(new uk.contactpoint.feeds.entity.ReceivedRecord(batch, i, null, records.get(i)));
    }
    em.flush();
    return batch.id();
  }

  /** Whether the server's log holds this text anywhere: personal data must never reach it. */
  public boolean serverLogHolds(String text) {
    java.nio.file.Path log =
        java.nio.file.Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    try (var lines = java.nio.file.Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return lines.anyMatch(line -> line.contains(text));
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  @Inject uk.contactpoint.matching.control.MatchCandidates matchCandidates;
  @Inject uk.contactpoint.matching.control.NameCensus nameCensus;

  /** The names two or more children share, as a large register's matching counts them. */
  public java.util.Map<String, Long> sharedNames() {
    em.flush();
    return nameCensus.sharedNames();
  }

  /**
   * The held child as matching reads it from the entity, and as a feed's matching reads it from its
   * candidate query (with whether it is held back), for the test that the two agree.
   */
  public List<String> asMatchingReadsIt(String childId) {
    Child child =
        em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    uk.contactpoint.matching.control.MatchPerson held =
        uk.contactpoint.matching.control.MatchPerson.of(child);
    em.flush();
    return matchCandidates
        .candidatesInBlocks(uk.contactpoint.matching.control.MatchBlocking.of(held))
        .stream()
        .filter(candidate -> candidate.publicId().equals(childId))
        .findFirst()
        .map(
            candidate ->
                List.of(
                    asText(held), asText(candidate.person()), String.valueOf(candidate.heldBack())))
        .orElseThrow();
  }

  /**
   * Every component, names written out (a PersonName prints nothing of the name: see its toString).
   */
  private static String asText(uk.contactpoint.matching.control.MatchPerson person) {
    return person
        .toString()
        .replaceFirst(
            "formerNames=\\[[^\\]]*\\]",
            "formerNames="
                + person.formerNames().stream().map(n -> n.given() + "|" + n.family()).toList());
  }

  /** What the dispatcher does for batches a stopped server left: at start-up and in its sweep. */
  public void resumeFeedBatch(long batchId) {
    feedDispatcher.submit(batchId);
  }

  public long addCarer(
      String childId,
      String name,
      uk.contactpoint.child.entity.Relationship relationship,
      String phone) {
    Child child =
        em.createQuery("SELECT c FROM Child c WHERE c.publicId = :id", Child.class)
            .setParameter("id", childId)
            .getSingleResult();
    uk.contactpoint.child.entity.ParentCarer carer =
        child.addParentCarer(
            name,
            relationship,
            new ContactDetails(phone, null),
            child.address(),
            new Provenance(SOURCE, Instant.now()));
    em.flush();
    return carer.id();
  }

  /**
   * Every text column of every table of the application's schema that holds {@code value}, as
   * "table.column": the purge test's proof that nothing of a child is left anywhere.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public List<String> columnsHolding(String value) {
    List<String> found = new java.util.ArrayList<>();
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.PreparedStatement columns =
            connection.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns WHERE LOWER(table_schema) = 'public'"
                    + " AND (UPPER(data_type) LIKE '%CHAR%' OR UPPER(data_type) IN ('TEXT', 'CLOB', 'CHARACTER LARGE OBJECT'))")) {
      try (java.sql.ResultSet rows = columns.executeQuery()) {
        while (rows.next()) {
          String table = rows.getString(1);
          String column = rows.getString(2);
          try (java.sql.PreparedStatement probe =
              connection.prepareStatement(
                  "SELECT COUNT(*) FROM \""
                      + table
                      + "\" WHERE UPPER(CAST(\""
                      + column
                      + "\" AS VARCHAR(20000))) LIKE ?")) {
            probe.setString(1, "%" + value.toUpperCase(java.util.Locale.ROOT) + "%");
            try (java.sql.ResultSet count = probe.executeQuery()) {
              if (count.next() && count.getLong(1) > 0) {
                found.add(
                    table.toLowerCase(java.util.Locale.ROOT)
                        + "."
                        + column.toLowerCase(java.util.Locale.ROOT));
              }
            }
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
