package uk.contactpoint.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.contactpoint.audit.entity.AuditChain;

/**
 * Starts a chain the first time its section writes, in a transaction of its own so that the new
 * head is visible to every writer at once. Two writers may race to start it; one loses with a
 * duplicate key and then uses the winner's. Called by {@link ChainAppends} only.
 */
@Stateless
@PermitAll
public class AuditChains {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String key) {
    em.persist(new AuditChain(key));
    em.flush();
  }
}
