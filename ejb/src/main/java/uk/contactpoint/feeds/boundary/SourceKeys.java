package uk.contactpoint.feeds.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.control.SectionScope;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.SourceSystemKey;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.feeds.entity.FeedSource;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Keys for source systems: shown once, stored as a digest. A caller presenting an unrevoked key is
 * the identity {@code source:<code>} with the role SOURCE_SYSTEM and nothing else (the login,
 * Authenticator.sourcePrincipalFor, is the accounts' part). A source belongs to a section or is
 * national (DESIGN.md rule 9): a section's user administrators register their own section's sources
 * and issue, rotate and revoke their keys; the national operator does so for every source, and
 * registers one to any section or as national. Another section's source or key answers 404.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Duty.USER_ADMINISTRATION_ROLE})
public class SourceKeys {

  private static final Logger LOG = Logger.getLogger(SourceKeys.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key just issued: the only time the key itself is seen. */
  public record IssuedKey(long id, String sourceCode, String key, String section)
      implements Serializable {}

  /** A key as administrators list it: never the key. */
  public record KeySummary(
      long id, String sourceCode, Instant createdAt, Instant revokedAt, String section)
      implements Serializable {}

  /**
   * A source with its keys, for the administrators' screen; {@code section} is null for a national
   * source.
   */
  public record SourceSummary(
      String sourceCode, String section, String sectionName, String status, List<KeySummary> keys)
      implements Serializable {}

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject SectionScope scope;
  @Inject AuditNotes audit;

  /**
   * A key for a source. A new source code registers the source: to the caller's own section, or,
   * for the national operator, to {@code sectionCode} (none: national). For a known source the
   * section stays as it is and {@code sectionCode} is not read.
   */
  @Audited(AuditAction.SOURCE_KEY_ISSUED)
  public IssuedKey issue(String sourceCode, String sectionCode) {
    audit.current().detail("sourceCode", sourceCode);
    if (sourceCode == null || !sourceCode.matches(SourceSystemKey.CODE_PATTERN)) {
      throw InvalidInputException.invalid(
          "sourceCode", "A source code has 2 to 40 capital letters, digits or dashes");
    }
    FeedSource source = findSource(sourceCode).orElse(null);
    if (source == null) {
      // A new source starts on trial: its first batch is matched, not applied, until the team
      // approves it.
      source = new FeedSource(sourceCode, sectionFor(sectionCode));
      em.persist(source);
      LocalAuthoritySection owner = source.section().orElse(null);
      audit.current().detail("registeredTo", owner == null ? "national" : owner.code());
    } else {
      scope.requireWithin(caller, source.section().orElse(null), "The source");
    }
    return issueFor(source);
  }

  /**
   * A new key for the source of key {@code id}, then the old key revoked: the source changes its
   * key without a gap.
   */
  @Audited(AuditAction.SOURCE_KEY_ISSUED)
  public IssuedKey rotate(long id) {
    audit.current().detail("rotates", id);
    SourceSystemKey old = mine(id);
    audit.current().detail("sourceCode", old.sourceCode());
    if (old.isRevoked()) {
      throw new ConflictException(
          "This key is revoked already: issue a new key for its source instead.");
    }
    IssuedKey issued =
        issueFor(findSource(old.sourceCode()).orElseGet(() -> national(old.sourceCode())));
    old.revoke(clock.instant());
    LOG.info(() -> "Source key " + id + " revoked on rotation");
    return issued;
  }

  @Audited(AuditAction.SOURCE_KEY_REVOKED)
  public void revoke(long id) {
    audit.current().target("source-key", id);
    SourceSystemKey key = mine(id);
    key.revoke(clock.instant());
    LOG.info(() -> "Source key " + id + " revoked");
  }

  /** The keys of the caller's section's sources (every key, for the national operator). */
  public List<KeySummary> list() {
    return sources().stream().flatMap(s -> s.keys().stream()).toList();
  }

  /**
   * The caller's section's sources with their keys, by code (every source, for the national
   * operator).
   */
  public List<SourceSummary> sources() {
    Optional<LocalAuthoritySection> mine = scope.of(caller);
    var query =
        em.createQuery(
            "SELECT s FROM FeedSource s"
                + (mine.isPresent() ? " WHERE s.section = :section" : "")
                + " ORDER BY s.sourceCode",
            FeedSource.class);
    mine.ifPresent(section -> query.setParameter("section", section));
    Map<String, FeedSource> sources =
        query
            .setMaxResults(5_000)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    FeedSource::sourceCode,
                    Function.identity(),
                    (a, b) -> a,
                    java.util.TreeMap::new));
    var keys =
        em.createQuery(
            "SELECT k FROM SourceSystemKey k"
                + (mine.isPresent() ? " WHERE k.sourceCode IN :codes" : "")
                + " ORDER BY k.sourceCode, k.createdAt",
            SourceSystemKey.class);
    if (mine.isPresent()) {
      if (sources.isEmpty()) {
        return List.of();
      }
      keys.setParameter("codes", List.copyOf(sources.keySet()));
    }
    Map<String, List<SourceSystemKey>> byCode =
        keys.getResultStream()
            .collect(
                Collectors.groupingBy(
                    SourceSystemKey::sourceCode, java.util.TreeMap::new, Collectors.toList()));
    if (mine.isEmpty()) {
      // Keys issued before sources had a gate have no source row: national ones.
      byCode.keySet().forEach(code -> sources.computeIfAbsent(code, this::national));
    }
    return sources.values().stream()
        .map(source -> summary(source, byCode.getOrDefault(source.sourceCode(), List.of())))
        .toList();
  }

  private IssuedKey issueFor(FeedSource source) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = "cpk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    SourceSystemKey stored =
        new SourceSystemKey(source.sourceCode(), SecretHasher.digest(key), clock.instant());
    em.persist(stored);
    em.flush();
    audit.current().target("source-key", stored.id());
    LOG.info(() -> "Source key " + stored.id() + " issued for source " + stored.sourceCode());
    return new IssuedKey(
        stored.id(),
        stored.sourceCode(),
        key,
        source.section().map(LocalAuthoritySection::code).orElse(null));
  }

  /** A key of the caller's section's sources; another section's answers as if it did not exist. */
  private SourceSystemKey mine(long id) {
    SourceSystemKey key = em.find(SourceSystemKey.class, id);
    if (key == null) {
      throw new NotFoundException("The source key");
    }
    scope.requireWithin(
        caller,
        findSource(key.sourceCode()).flatMap(FeedSource::section).orElse(null),
        "The source key");
    return key;
  }

  private Optional<FeedSource> findSource(String sourceCode) {
    return em.createQuery("SELECT s FROM FeedSource s WHERE s.sourceCode = :code", FeedSource.class)
        .setParameter("code", sourceCode)
        .getResultStream()
        .findFirst();
  }

  /**
   * A key's source from before the gate, which has no row yet: national, as the migration left the
   * others.
   */
  private FeedSource national(String sourceCode) {
    return new FeedSource(sourceCode, null);
  }

  /**
   * A section's administrator registers in their own section; the national operator in the one
   * named, or nationally.
   */
  private LocalAuthoritySection sectionFor(String sectionCode) {
    Optional<LocalAuthoritySection> mine = scope.of(caller);
    if (mine.isPresent()) {
      return mine.get();
    }
    if (sectionCode == null || sectionCode.isBlank()) {
      return null;
    }
    // Checked before the database: a code is a few known characters, and anything else (a NUL) must
    // not reach it.
    if (!sectionCode.strip().matches(LocalAuthoritySection.CODE_PATTERN)) {
      throw InvalidInputException.invalid(
          "sectionCode", "Enter a section code: a letter and eight digits, for example E08000035");
    }
    return em.createQuery(
            "SELECT s FROM LocalAuthoritySection s WHERE s.code = :code",
            LocalAuthoritySection.class)
        .setParameter("code", sectionCode.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.invalid("sectionCode", "There is no section with that code"));
  }

  private static SourceSummary summary(FeedSource source, List<SourceSystemKey> keys) {
    String section = source.section().map(LocalAuthoritySection::code).orElse(null);
    return new SourceSummary(
        source.sourceCode(),
        section,
        source.section().map(LocalAuthoritySection::name).orElse(null),
        source.status().name(),
        keys.stream()
            .map(k -> new KeySummary(k.id(), k.sourceCode(), k.createdAt(), k.revokedAt(), section))
            .toList());
  }
}
