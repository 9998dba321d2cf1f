package uk.contactpoint.search.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.child.entity.NameKeys;

/**
 * Finds candidate records through the indexes only: name keys with a birth date, a birth year (a
 * date range of the same index) or a postcode district; or, with no name, the birth date index of
 * child. Every query is bounded, so a broad search costs as little as a narrow one and simply
 * reports that it is too broad.
 */
@Dependent
public class CandidateFinder {

  /** Child {@code c} lives at the address of a shielded parent/carer (DESIGN.md rule 5). */
  private static final String LIVES_WITH_A_SHIELDED_CARER =
      "EXISTS (SELECT 1 FROM parent_carer p WHERE p.shielded = TRUE"
          + " AND p.postcode = c.postcode AND p.address_line1 = c.address_line1)";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  /** At most {@code limit} distinct record ids; exactly {@code limit} means "there may be more". */
  public List<Long> candidateIds(ChildSearchCriteria criteria, int limit) {
    return criteria.hasName() ? byNameKeys(criteria, limit) : byBirth(criteria, limit);
  }

  private List<Long> byNameKeys(ChildSearchCriteria criteria, int limit) {
    List<Set<String>> keysPerToken =
        criteria.nameTokens().stream().distinct().map(NameKeys::keysOfToken).toList();
    if (keysPerToken.size() > 1) {
      // The ranker rules out a child lacking any typed token, so only children with a key of
      // every token are worth reading. Without this a common surname (or a short sound key such
      // as AL) fills the cap on its own at national scale and "Kelly Mason, 2011" is "too broad".
      List<Long> everyToken = childrenWithKeys(keysPerToken, criteria, limit);
      if (!everyToken.isEmpty()) {
        return everyToken;
      }
    }
    // One token, or no child sharing a key with every token (a typo that changes a name's sound):
    // any token's keys, and the ranker judges the rest by spelling.
    Set<String> anyToken = new LinkedHashSet<>();
    keysPerToken.forEach(anyToken::addAll);
    return childrenWithKeys(List.of(anyToken), criteria, limit);
  }

  /**
   * Children having, for each set, at least one of its keys. The first set is read as an index
   * range; each further set is an EXISTS on the same child with the same range, which the planner
   * may turn round to start from the rarer name.
   */
  private List<Long> childrenWithKeys(
      List<Set<String>> keySets, ChildSearchCriteria criteria, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT k0.child_id FROM child_search_key k0 WHERE ");
    appendKeysAndRange(sql, "k0", keySets.get(0), criteria, parameters);
    for (int i = 1; i < keySets.size(); i++) {
      String alias = "k" + i;
      sql.append(" AND EXISTS (SELECT 1 FROM child_search_key ")
          .append(alias)
          .append(" WHERE ")
          .append(alias)
          .append(".child_id = k0.child_id AND ");
      appendKeysAndRange(sql, alias, keySets.get(i), criteria, parameters);
      sql.append(')');
    }
    // A child meets at most one row per key of the first set, so keys x limit rows always hold
    // `limit` distinct children when the cap is reached.
    sql.append(" FETCH FIRST ").append((long) keySets.get(0).size() * limit).append(" ROWS ONLY");
    return distinct(run(sql.toString(), parameters), limit);
  }

  private static void appendKeysAndRange(
      StringBuilder sql,
      String alias,
      Set<String> keys,
      ChildSearchCriteria criteria,
      List<Object> parameters) {
    sql.append(alias)
        .append(".search_key IN (")
        .append(String.join(", ", Collections.nCopies(keys.size(), "?")))
        .append(')');
    parameters.addAll(keys);
    var range = criteria.birthRange();
    if (range.isPresent()) {
      sql.append(" AND ").append(alias).append(".birth_date BETWEEN ? AND ?");
      parameters.add(range.get()[0]);
      parameters.add(range.get()[1]);
    } else if (criteria.postcodeDistrict() != null) {
      sql.append(" AND ").append(alias).append(".postcode_district = ?");
      parameters.add(criteria.postcodeDistrict());
    }
  }

  private List<Long> byBirth(ChildSearchCriteria criteria, int limit) {
    LocalDate[] range = criteria.birthRange().orElseThrow();
    // Only live records: a merged duplicate keeps its own address and no shield of its own, and
    // archived records are invisible to practitioners (DESIGN.md rules 5 and 8). The name-key
    // path needs no such filter because such records hold no search keys.
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.id FROM child c WHERE c.birth_date BETWEEN ? AND ? AND c.archived_on IS NULL AND c.merged_into_id IS NULL");
    List<Object> parameters = new ArrayList<>(List.of(range[0], range[1]));
    if (criteria.postcodeDistrict() != null) {
      // Where a shielded child lives is not searchable, nor the home of a shielded parent/carer
      // (DESIGN.md rule 5).
      sql.append(" AND c.postcode_district = ? AND c.shielded = FALSE AND NOT ")
          .append(LIVES_WITH_A_SHIELDED_CARER);
      parameters.add(criteria.postcodeDistrict());
    }
    if (criteria.gender() != null && criteria.gender() != Gender.NOT_SPECIFIED) {
      sql.append(" AND c.gender IN (?, 'NOT_SPECIFIED')");
      parameters.add(criteria.gender().name());
    }
    sql.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
    return distinct(run(sql.toString(), parameters), limit);
  }

  @SuppressWarnings("unchecked")
  private List<Object> run(String sql, List<Object> parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }

  private static List<Long> distinct(List<Object> rows, int limit) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Object row : rows) {
      ids.add(((Number) row).longValue());
      if (ids.size() == limit) {
        break;
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Reads just what ranking and a result row need, in one query whatever the count: a row per
   * candidate and former name (most children have none, so one row), with whether the child lives
   * at the address of a shielded parent/carer.
   */
  public List<Candidate> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        rows(
            "SELECT c.id, c.public_id, c.given_names, c.family_name, c.birth_date, c.gender, c.town,"
                + " c.postcode, c.postcode_district, s.name, c.shielded,"
                + " CASE WHEN "
                + LIVES_WITH_A_SHIELDED_CARER
                + " THEN 1 ELSE 0 END, f.given_names, f.family_name"
                + " FROM child c JOIN la_section s ON s.id = c.section_id LEFT JOIN child_former_name f ON f.child_id = c.id"
                + " WHERE c.id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ") ORDER BY c.id, f.list_index",
            new ArrayList<>(ids));
    Map<Long, Object[]> children = new LinkedHashMap<>();
    Map<Long, List<String>> formerNames = new HashMap<>();
    for (Object[] row : rows) {
      Long id = ((Number) row[0]).longValue();
      children.putIfAbsent(id, row);
      if (row[12] != null) {
        formerNames.computeIfAbsent(id, k -> new ArrayList<>()).add(row[12] + " " + row[13]);
      }
    }
    List<Candidate> candidates = new ArrayList<>(children.size());
    children.forEach(
        (id, row) -> candidates.add(candidate(id, row, formerNames.getOrDefault(id, List.of()))));
    return candidates;
  }

  private static Candidate candidate(Long id, Object[] row, List<String> formerNames) {
    String publicId = (String) row[1];
    String given = (String) row[2];
    String family = (String) row[3];
    LocalDate birthDate = localDate(row[4]);
    Gender gender = Gender.valueOf((String) row[5]);
    boolean shielded = Boolean.TRUE.equals(row[10]);
    boolean withShieldedCarer = ((Number) row[11]).intValue() == 1;
    if (shielded) {
      // A shielded child is ranked on its visible fields only: no town, postcode or section.
      return new Candidate(
          id,
          publicId,
          given,
          family,
          formerNames,
          birthDate,
          gender,
          null,
          null,
          null,
          null,
          true);
    }
    if (withShieldedCarer) {
      // Living with a shielded parent/carer: the town is withheld from the rows too.
      return new Candidate(
          id,
          publicId,
          given,
          family,
          formerNames,
          birthDate,
          gender,
          null,
          null,
          null,
          (String) row[9],
          false);
    }
    return new Candidate(
        id,
        publicId,
        given,
        family,
        formerNames,
        birthDate,
        gender,
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9],
        false);
  }

  /** A native query's date: {@code java.sql.Date} from the drivers, {@code LocalDate} from some. */
  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<Object> parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }
}
