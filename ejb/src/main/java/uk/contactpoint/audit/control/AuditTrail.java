package uk.contactpoint.audit.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditChain;
import uk.contactpoint.audit.entity.AuditDetail;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.audit.entity.AuditFacts;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.audit.entity.ChainSeal;

/**
 * Writes audit events. Successful acts are written in the act's own transaction ({@link #record},
 * MANDATORY): if the entry cannot be written the act rolls back, so a view that was not audited did
 * not happen. Failures, refusals and denials are written in a transaction of their own ({@link
 * #recordSeparately}) so that they outlive the act's rollback.
 *
 * <p>Each entry is appended to its chain under a lock on the chain's head. Separate writes use
 * chains of their own ({@link AuditChain#SEPARATE_PREFIX}): the act they report may still hold the
 * lock on its section's chain, and waiting for it from a new transaction would deadlock.
 *
 * <p>{@code @PermitAll}: everyone's acts are audited, and it is called by the other EJBs only.
 */
@Stateless
@PermitAll
public class AuditTrail {

  /** The actor of the entry that seals a chain on adopting the audit key. */
  public static final String KEY_ADOPTION = "system:audit-key";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext context;
  @Resource TransactionSynchronizationRegistry transaction;
  @Inject Clock clock;
  @Inject AuditActors actors;
  @Inject ChainAppends appends;
  @Inject AuditWriteTimings timings;
  @Inject AuditKeys keys;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditNote note, AuditOutcome outcome) {
    write(note, outcome, false);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSeparately(AuditNote note, AuditOutcome outcome) {
    write(note, outcome, true);
  }

  /** A call the container refused for want of a role: called by {@link DenialInterceptor}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordDenial(String bean, String method) {
    write(
        new AuditNote(AuditAction.ACCESS_DENIED).target("method", bean + "." + method),
        AuditOutcome.DENIED,
        true);
  }

  private void write(AuditNote note, AuditOutcome outcome, boolean separately) {
    long started = System.nanoTime();
    append(note, outcome, separately);
    timings.add(System.nanoTime() - started);
  }

  private void append(AuditNote note, AuditOutcome outcome, boolean separately) {
    AuditFacts.Actor actor = actor(note);
    // Every refusal is audited whatever its input: what does not fit a column is cut, with a
    // marker.
    AuditFacts facts =
        new AuditFacts(
            note.action(),
            outcome,
            actor,
            note.childRef(),
            note.subjectSectionId(),
            note.subjectShielded(),
            AuditValues.fitted(note.targetRef(), AuditEntry.TARGET_LENGTH),
            AuditValues.fitted(
                note.clientAddress() != null ? note.clientAddress() : RequestOrigin.current(),
                AuditEntry.ADDRESS_LENGTH));
    String detailContent = note.hasDetail() ? AuditValues.bounded(json(note.detail())) : null;
    String surname =
        note.searchSurname() == null
            ? null
            : note.searchSurname()
                .substring(0, Math.min(note.searchSurname().length(), AuditDetail.SURNAME_LENGTH));
    String detailHash = detailContent == null ? null : AuditDetail.hashOf(detailContent, surname);
    String chain =
        actor.isSourceSystem()
            ? AuditChain.forSource(actor.username(), sourceLane())
            : AuditChain.forSection(actor.sectionId());
    String key = (separately ? AuditChain.SEPARATE_PREFIX : "") + chain;
    Instant at = clock.instant();
    ChainSeal seal = keys.current();
    appends.append(
        key, head -> new AuditEntry(head, at, facts, detailHash, seal), detailContent, surname);
  }

  /** The lane this transaction applies a source's records in (AuditChain.SOURCE_LANE), or 0. */
  private int sourceLane() {
    return transaction.getResource(AuditChain.SOURCE_LANE) instanceof Integer lane ? lane : 0;
  }

  /**
   * Seals a chain whose newest entry predates the audit key with an entry of its own, written with
   * the key, so a verifier holding the key can tell the chain was not rewritten without it. Returns
   * whether it wrote one (not when the chain is sealed already, or has no entry).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sealWithTheKey(String chainKey) {
    ChainSeal seal = keys.current();
    AuditChain chain = em.find(AuditChain.class, chainKey, LockModeType.PESSIMISTIC_WRITE);
    if (!seal.isKeyed() || chain == null || chain.lastSeq() < chain.firstSeq()) {
      return false;
    }
    boolean sealed =
        em.createQuery(
                "SELECT e.sealKey FROM AuditEntry e WHERE e.chainKey = :chain AND e.seq = :seq",
                String.class)
            .setParameter("chain", chainKey)
            .setParameter("seq", chain.lastSeq())
            .getResultStream()
            .anyMatch(java.util.Objects::nonNull);
    if (sealed) {
      return false;
    }
    AuditFacts facts =
        new AuditFacts(
            AuditAction.AUDIT_KEY_ADOPTED,
            AuditOutcome.SUCCESS,
            new AuditFacts.Actor(KEY_ADOPTION, null, null, null, null),
            null,
            null,
            false,
            "audit-key:" + seal.keyId(),
            null);
    em.persist(new AuditEntry(chain, clock.instant(), facts, null, seal));
    em.flush();
    return true;
  }

  private AuditFacts.Actor actor(AuditNote note) {
    String username = AuditValues.fitted(note.actorUsername(), AuditEntry.ACTOR_LENGTH);
    if (username == null) {
      Principal principal = context.getCallerPrincipal();
      username =
          principal == null || "anonymous".equals(principal.getName()) ? null : principal.getName();
    }
    return username == null ? AuditFacts.Actor.NOBODY : actors.named(username);
  }

  /** The detail as JSON, keys in order, so the stored text is what was hashed. */
  static String json(Map<String, Object> detail) {
    return object(detail).build().toString();
  }

  private static JsonObjectBuilder object(Map<?, ?> map) {
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    new java.util.TreeMap<>(
            map.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)))
        .forEach((name, value) -> builder.add(name, value(value)));
    return builder;
  }

  private static JsonValue value(Object value) {
    if (value instanceof Map<?, ?> map) {
      return object(map).build();
    }
    if (value instanceof Collection<?> values) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      values.forEach(v -> array.add(v == null ? JsonValue.NULL : value(v)));
      return array.build();
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Long || value instanceof Integer) {
      return JSON.createValue(((Number) value).longValue());
    }
    return JSON.createValue(AuditValues.summarisedIfLong(String.valueOf(value)));
  }
}
