package uk.contactpoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.child.entity.Postcode;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.Provenance;

/**
 * Test data builder inside the server: each test creates the records it needs through the
 * real entities, so tests never depend on one another or on the demo data.
 */
@Stateless
@PermitAll
public class TestRecords {

  public static final String SOURCE = "TEST";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public String create(ChildSpec spec) {
    LocalAuthoritySection section = section(spec.sectionCode());
    Provenance provenance = new Provenance(SOURCE, Instant.now());
    Address address = Address.at(List.of("1 Test Street"), spec.town(), Postcode.of(spec.postcode()), AddressStatus.CURRENT);
    Child child = new Child(UUID.randomUUID().toString(), section, new PersonName(spec.given(), spec.family()),
        spec.birthDate(), spec.gender(), address, provenance);
    spec.formerFamilyNames().forEach(former -> child.recordFormerName(new PersonName(spec.given(), former)));
    em.persist(child);
    return child.publicId();
  }

  public List<String> createAll(List<ChildSpec> specs) {
    return specs.stream().map(this::create).toList();
  }

  private LocalAuthoritySection section(String code) {
    return em.createQuery("SELECT s FROM LocalAuthoritySection s WHERE s.code = :code", LocalAuthoritySection.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> {
          LocalAuthoritySection created = new LocalAuthoritySection(code, "Test section " + code);
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
    return ((List<Object>) query.getResultList()).stream()
        .map(row -> row instanceof Object[] array ? array : new Object[] {row})
        .toList();
  }

  /** Which JPA provider the persistence unit really runs on. */
  public String providerClassName() {
    return em.getEntityManagerFactory().getClass().getName();
  }
}
