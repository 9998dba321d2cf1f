package uk.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.child.entity.NameKeys;
import uk.contactpoint.child.entity.PersonName;

/**
 * Reads what matching compares a record with: the child a trusted identifier names, the candidates
 * of its blocks (index ranges only, never a scan), and shielded children that share its date of
 * birth.
 */
@Dependent
public class MatchCandidates {

  /** More candidates than this in a block means the block is too broad to be evidence. */
  static final int MAX_CANDIDATES = 60;

  private static final String NHS_NUMBERS =
      "SELECT i.child.id, i.value FROM ChildIdentifier i WHERE i.child.id IN :ids AND i.type = :type AND i.issuer = 'NHS'";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** An identifier to look a child up by: its type, who issues it, its value (null: not given). */
  public record TrustedId(IdentifierType type, String issuer, String value) {}

  /**
   * The child named by the first of these identifiers that names one, and which it was: one query
   * for all of them.
   */
  public record Named(TrustedId by, Child child) {}

  /**
   * Every child these identifiers name, in the identifiers' order of trust (one query for all):
   * more than one child when the source's own id names one record and the NHS number another (a
   * duplicate to merge, or a number keyed wrong).
   */
  public List<Named> namedBy(List<TrustedId> inOrder) {
    List<TrustedId> given = inOrder.stream().filter(id -> id.value() != null).toList();
    if (given.isEmpty()) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder(
            "SELECT i.type, i.issuer, i.value, i.child FROM ChildIdentifier i WHERE ");
    for (int n = 0; n < given.size(); n++) {
      jpql.append(n == 0 ? "" : " OR ")
          .append("(i.type = :type")
          .append(n)
          .append(" AND i.issuer = :issuer")
          .append(n)
          .append(" AND i.value = :value")
          .append(n)
          .append(')');
    }
    var query = em.createQuery(jpql.toString(), Object[].class);
    for (int n = 0; n < given.size(); n++) {
      query
          .setParameter("type" + n, given.get(n).type())
          .setParameter("issuer" + n, given.get(n).issuer())
          .setParameter("value" + n, given.get(n).value());
    }
    List<Object[]> rows = query.getResultList();
    List<Named> named = new ArrayList<>();
    for (TrustedId id : given) {
      for (Object[] row : rows) {
        if (row[0] == id.type() && id.issuer().equals(row[1]) && id.value().equals(row[2])) {
          Child child = (Child) row[3];
          // An identifier of a merged record names the record it was merged into.
          Child namedChild = child.mergedInto().orElse(child);
          if (named.stream().noneMatch(n -> n.child().id().equals(namedChild.id()))) {
            named.add(new Named(id, namedChild));
          }
        }
      }
    }
    return named;
  }

  public List<Child> inBlocks(MatchBlocking blocking) {
    Set<Long> ids = idsInBlocks(blocking);
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT c FROM Child c WHERE c.id IN :ids", Child.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  /**
   * A held child as a feed's matching meets it: what is compared, and whether a shield (or a new
   * identity) holds it back.
   */
  public record Candidate(long childId, String publicId, boolean heldBack, MatchPerson person) {}

  /**
   * The candidates of the blocks as matching reads them, in five queries whatever their number (the
   * children, their NHS numbers, carers, former names and former postcodes), and without making
   * them managed entities: a feed meets dozens of candidates per record and changes none of them,
   * so neither one query per candidate and relation nor comparing them all for changes at the
   * flush.
   */
  public List<Candidate> candidatesInBlocks(MatchBlocking blocking) {
    List<Long> ids = List.copyOf(idsInBlocks(blocking));
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> nhsNumbers = valuesById(NHS_NUMBERS, ids, IdentifierType.NHS_NUMBER);
    Map<Long, List<String>> carers =
        valuesById(
            "SELECT c.id, p.fullName FROM Child c JOIN c.parentsCarers p WHERE c.id IN :ids ORDER BY c.id, INDEX(p)",
            ids,
            null);
    Map<Long, List<PersonName>> formerNames = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT c.id, f.given, f.family FROM Child c JOIN c.formerNames f WHERE c.id IN :ids ORDER BY c.id, INDEX(f)",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      formerNames
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add(new PersonName((String) row[1], (String) row[2]));
    }
    Map<Long, List<String>> formerPostcodes =
        valuesById(
            "SELECT c.id, h.postcode FROM Child c JOIN c.addressHistory h WHERE c.id IN :ids AND h.postcode IS NOT NULL ORDER BY c.id, INDEX(h)",
            ids,
            null);
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.id, c.publicId, c.shielded, c.newIdentity, c.name.given, c.name.family, c.birthDate,"
                    + " c.gender, c.address.postcode FROM Child c WHERE c.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    List<Candidate> found = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      List<String> nhs = nhsNumbers.getOrDefault(id, List.of());
      found.add(
          new Candidate(
              id,
              (String) row[1],
              (Boolean) row[2] || (Boolean) row[3],
              new MatchPerson(
                  (String) row[4],
                  (String) row[5],
                  formerNames.getOrDefault(id, List.of()),
                  (LocalDate) row[6],
                  (Gender) row[7],
                  (String) row[8],
                  nhs.isEmpty() ? null : nhs.get(0),
                  carers.getOrDefault(id, List.of()),
                  formerPostcodes.getOrDefault(id, List.of()))));
    }
    return found;
  }

  private Map<Long, List<String>> valuesById(String jpql, List<Long> ids, IdentifierType type) {
    var query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
    if (type != null) {
      query.setParameter("type", type);
    }
    Map<Long, List<String>> values = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      values
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add((String) row[1]);
    }
    return values;
  }

  private Set<Long> idsInBlocks(MatchBlocking blocking) {
    Set<Long> ids = new LinkedHashSet<>();
    ids.addAll(
        childIds(
            "search_key IN ("
                + marks(blocking.nameKeys())
                + ") AND birth_date IN ("
                + marks(blocking.birthDates())
                + ")",
            concat(blocking.nameKeys(), blocking.birthDates())));
    if (blocking.district() != null) {
      List<Object> parameters = new ArrayList<>(blocking.familyKeys());
      parameters.add(blocking.district());
      ids.addAll(
          childIds(
              "search_key IN (" + marks(blocking.familyKeys()) + ") AND postcode_district = ?",
              parameters));
      // Whatever the names: a child born that day who lives in that district (two typos in one
      // name, a new surname).
      List<Object> bornThere = new ArrayList<>(blocking.birthDates());
      bornThere.add(blocking.district());
      ids.addAll(
          ids(
              "SELECT id FROM child WHERE birth_date IN ("
                  + marks(blocking.birthDates())
                  + ") AND postcode_district = ?"
                  + " AND merged_into_id IS NULL AND archived_on IS NULL",
              bornThere));
    }
    return ids;
  }

  /**
   * Shielded children (and new identities) born on that day with that gender whose NHS number or
   * first given name is the record's.
   */
  public boolean shieldedLookalike(MatchPerson person) {
    // Written as the partial index child_held_back_birth is (V20): JPQL would bind TRUE as a
    // parameter,
    // which PostgreSQL cannot match to the index's condition.
    @SuppressWarnings("unchecked")
    List<Object[]> shielded =
        ((List<Object[]>)
                em.createNativeQuery(
                        "SELECT id, gender, given_names FROM child WHERE birth_date = ? AND (shielded OR new_identity)")
                    .setParameter(1, java.sql.Date.valueOf(person.birthDate()))
                    .getResultList())
            .stream()
                .filter(
                    row ->
                        Gender.valueOf((String) row[1]) == person.gender()
                            || person.gender() == Gender.NOT_SPECIFIED)
                .toList();
    if (shielded.isEmpty()) {
      return false;
    }
    List<String> given = NameKeys.tokens(person.given());
    if (!given.isEmpty()
        && shielded.stream()
            .anyMatch(row -> NameKeys.tokens((String) row[2]).contains(given.get(0)))) {
      return true;
    }
    return person.nhsNumber() != null
        && valuesById(
                NHS_NUMBERS,
                shielded.stream().map(row -> ((Number) row[0]).longValue()).toList(),
                IdentifierType.NHS_NUMBER)
            .values()
            .stream()
            .anyMatch(numbers -> numbers.contains(person.nhsNumber()));
  }

  private List<Long> childIds(String where, List<Object> parameters) {
    return ids("SELECT DISTINCT child_id FROM child_search_key WHERE " + where, parameters);
  }

  private List<Long> ids(String sql, List<Object> parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      query.setParameter(
          i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
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
