package uk.contactpoint.accounts.boundary;

import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.SecretHasher;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.SourceSystemKey;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.NotFoundException;

/**
 * Keys for source systems: an operator issues one per source code (shown once, stored as a
 * digest) and revokes it. A caller presenting an unrevoked key is the identity
 * {@code source:<code>} with the role SOURCE_SYSTEM and nothing else.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SourceKeys {

  private static final Logger LOG = Logger.getLogger(SourceKeys.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key just issued: the only time the key itself is seen. */
  public record IssuedKey(long id, String sourceCode, String key) {}

  /** A key as operators list it: never the key. */
  public record KeySummary(long id, String sourceCode, java.time.Instant createdAt, java.time.Instant revokedAt) {}

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditNotes audit;

  @Audited(AuditAction.SOURCE_KEY_ISSUED)
  public IssuedKey issue(String sourceCode) {
    audit.current().detail("sourceCode", sourceCode);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = "cpk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    SourceSystemKey stored;
    try {
      stored = new SourceSystemKey(sourceCode, SecretHasher.digest(key), clock.instant());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.invalid("sourceCode", e.getMessage());
    }
    em.persist(stored);
    // A new source starts on trial: its first batch is matched, not applied, until the team approves it.
    boolean known = !em.createQuery("SELECT s FROM FeedSource s WHERE s.sourceCode = :code", uk.contactpoint.feeds.entity.FeedSource.class)
        .setParameter("code", stored.sourceCode()).getResultList().isEmpty();
    if (!known) {
      em.persist(new uk.contactpoint.feeds.entity.FeedSource(stored.sourceCode()));
    }
    em.flush();
    audit.current().target("source-key", stored.id());
    LOG.info(() -> "Source key " + stored.id() + " issued for source " + stored.sourceCode());
    return new IssuedKey(stored.id(), stored.sourceCode(), key);
  }

  @Audited(AuditAction.SOURCE_KEY_REVOKED)
  public void revoke(long id) {
    audit.current().target("source-key", id);
    SourceSystemKey key = em.find(SourceSystemKey.class, id);
    if (key == null) {
      throw new NotFoundException("The source key");
    }
    key.revoke(clock.instant());
    LOG.info(() -> "Source key " + id + " revoked");
  }

  public List<KeySummary> list() {
    return em.createQuery("SELECT k FROM SourceSystemKey k ORDER BY k.sourceCode, k.createdAt", SourceSystemKey.class)
        .getResultStream()
        .map(k -> new KeySummary(k.id(), k.sourceCode(), k.createdAt(), k.revokedAt()))
        .toList();
  }

  /**
   * The security-domain name of the source presenting this key, if the key is known and not
   * revoked. Called by the authentication mechanism before any identity exists.
   */
  @PermitAll
  public Optional<String> principalFor(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT k FROM SourceSystemKey k WHERE k.keyDigest = :digest", SourceSystemKey.class)
        .setParameter("digest", SecretHasher.digest(presentedKey.strip()))
        .getResultStream()
        .filter(k -> !k.isRevoked())
        .map(SourceSystemKey::principalName)
        .findFirst();
  }
}
