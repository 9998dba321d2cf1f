package uk.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.child.entity.PersonName;
import uk.contactpoint.search.control.NameKeys;

/**
 * Reads what matching compares a record with: the child a trusted identifier names, the
 * candidates of its blocks (index ranges only, never a scan), and shielded children that share
 * its date of birth.
 */
@Dependent
public class MatchCandidates {

  /** More candidates than this in a block means the block is too broad to be evidence. */
  static final int MAX_CANDIDATES = 60;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  public Optional<Child> byIdentifier(IdentifierType type, String issuer, String value) {
    if (value == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT i.child FROM ChildIdentifier i WHERE i.type = :type AND i.issuer = :issuer AND i.value = :value",
            Child.class)
        .setParameter("type", type)
        .setParameter("issuer", issuer)
        .setParameter("value", value)
        .getResultStream()
        .findFirst()
        // An identifier of a merged record names the record it was merged into.
        .map(child -> child.mergedInto().orElse(child));
  }

  public List<Child> inBlocks(MatchBlocking blocking) {
    Set<Long> ids = new LinkedHashSet<>();
    ids.addAll(childIds("search_key IN (" + marks(blocking.nameKeys()) + ") AND birth_date IN (" + marks(blocking.birthDates()) + ")",
        concat(blocking.nameKeys(), blocking.birthDates())));
    if (blocking.district() != null) {
      List<Object> parameters = new ArrayList<>(blocking.familyKeys());
      parameters.add(blocking.district());
      ids.addAll(childIds("search_key IN (" + marks(blocking.familyKeys()) + ") AND postcode_district = ?", parameters));
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  /** Shielded children (and new identities) born on that day with that gender whose NHS number or first given name is the record's. */
  public boolean shieldedLookalike(MatchPerson person) {
    List<Child> shielded = em.createQuery("SELECT c FROM Child c WHERE c.birthDate = :born AND (c.shielded = TRUE OR c.newIdentity = TRUE)", Child.class)
        .setParameter("born", person.birthDate())
        .getResultList();
    List<String> given = NameKeys.tokens(person.given());
    return shielded.stream()
        .filter(c -> c.gender() == person.gender() || person.gender() == Gender.NOT_SPECIFIED)
        .anyMatch(c -> (person.nhsNumber() != null
            && person.nhsNumber().equals(c.identifier(IdentifierType.NHS_NUMBER, "NHS").orElse(null)))
            || (!given.isEmpty() && NameKeys.tokens(c.name().given()).contains(given.get(0))));
  }

  /** A held record as matching sees it. */
  public static MatchPerson personOf(Child child) {
    return new MatchPerson(child.name().given(), child.name().family(),
        child.formerNames().stream().map(PersonName::fullName).toList(), child.birthDate(), child.gender(),
        child.address().postcode().orElse(null), child.identifier(IdentifierType.NHS_NUMBER, "NHS").orElse(null),
        child.parentsCarers().stream().map(uk.contactpoint.child.entity.ParentCarer::fullName).toList());
  }

  private List<Long> childIds(String where, List<Object> parameters) {
    var query = em.createNativeQuery("SELECT DISTINCT child_id FROM child_search_key WHERE " + where);
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      query.setParameter(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
    }
    query.setMaxResults(MAX_CANDIDATES);
    List<Long> ids = new ArrayList<>();
    for (Object row : query.getResultList()) {
      ids.add(((Number) row).longValue());
    }
    return ids;
  }

  private static String marks(Collection<?> values) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(values.size(), 1), "?"));
  }

  private static List<Object> concat(Collection<?> first, Collection<?> second) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
