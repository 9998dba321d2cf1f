package uk.contactpoint.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.audit.control.AuditKeys;
import uk.contactpoint.audit.control.AuditTrail;

/**
 * At start-up with an audit key, seals every chain whose newest entry was written without it (an
 * upgraded installation, or a new key): from then on a verifier holding the key refuses a chain
 * that ends unkeyed, which is what rewriting it without the key would leave.
 *
 * <p>{@code @PermitAll}: it runs as no one, at start-up.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigration")
public class AuditKeyAdoption {

  private static final Logger LOG = Logger.getLogger(AuditKeyAdoption.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject AuditKeys keys;
  @EJB AuditTrail trail;

  @PostConstruct
  void atStart() {
    sealChains();
  }

  /** Seals every chain that ends unkeyed; answers how many it sealed. */
  public long sealChains() {
    if (!keys.current().isKeyed()) {
      return 0;
    }
    // Only the chains that end unkeyed, found in one query (an installation has a chain per
    // section and per source); each is checked again under its lock as it is sealed.
    List<String> chains =
        em.createQuery(
                "SELECT c.key FROM AuditChain c WHERE c.lastSeq >= c.firstSeq AND EXISTS"
                    + " (SELECT e.id FROM AuditEntry e WHERE e.chainKey = c.key AND e.seq = c.lastSeq AND e.sealKey IS NULL) ORDER BY c.key",
                String.class)
            .getResultList();
    long sealed = chains.stream().filter(trail::sealWithTheKey).count();
    if (sealed > 0) {
      LOG.info(() -> sealed + " audit chains sealed with audit key " + keys.current().keyId());
    }
    return sealed;
  }
}
