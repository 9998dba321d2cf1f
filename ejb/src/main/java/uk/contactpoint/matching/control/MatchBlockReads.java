package uk.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the children in the blocks of a set of records (MatchBlocking), for MatchCandidates: index
 * ranges only, never a scan, and one query per kind of block whatever the set's size.
 */
@Dependent
public class MatchBlockReads {

  /** More candidates than this in a block means the block is too broad to be evidence. */
  static final int MAX_CANDIDATES = 60;

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  private static final String NAME_AND_BIRTH =
      "SELECT child_id, search_key, birth_date FROM child_search_key WHERE search_key IN (%s) AND birth_date IN (%s)";
  private static final String FAMILY_AND_DISTRICT =
      "SELECT child_id, search_key, postcode_district FROM child_search_key WHERE search_key IN (%s) AND postcode_district = ?";
  private static final String BORN_THERE =
      "SELECT id, birth_date, postcode_district FROM child WHERE birth_date IN (%s) AND postcode_district = ?"
          + " AND merged_into_id IS NULL AND archived_on IS NULL";

  /**
   * For each record, the children of its three blocks: a name key with its date of birth (or the
   * date swapped), the family name's key with its postcode district, and a child born that day in
   * that district whatever the names (two typos in one name, a new surname). One statement per kind
   * of block for the whole set: the records' index ranges joined by UNION ALL (an OR of them would
   * be a scan on H2); each record keeps at most {@link #MAX_CANDIDATES} children of a block, as
   * when it was read alone.
   */
  List<Set<Long>> idsInBlocks(List<MatchBlocking> blockings) {
    Ranges nameAndBirth = new Ranges();
    Ranges familyAndDistrict = new Ranges();
    Ranges bornThere = new Ranges();
    for (MatchBlocking blocking : blockings) {
      if (!blocking.nameKeys().isEmpty()) {
        nameAndBirth.add(
            NAME_AND_BIRTH.formatted(
                NativeRows.marks(blocking.nameKeys()), NativeRows.marks(blocking.birthDates())),
            blocking.nameKeys(),
            blocking.birthDates());
      }
      if (blocking.district() != null) {
        if (!blocking.familyKeys().isEmpty()) {
          familyAndDistrict.add(
              FAMILY_AND_DISTRICT.formatted(NativeRows.marks(blocking.familyKeys())),
              blocking.familyKeys(),
              List.of(blocking.district()));
        }
        bornThere.add(
            BORN_THERE.formatted(NativeRows.marks(blocking.birthDates())),
            blocking.birthDates(),
            List.of(blocking.district()));
      }
    }
    Map<String, Set<Long>> byNameAndBirth = nameAndBirth.read(em);
    Map<String, Set<Long>> byFamilyAndDistrict = familyAndDistrict.read(em);
    Map<String, Set<Long>> byBirthAndDistrict = bornThere.read(em);
    List<Set<Long>> found = new ArrayList<>();
    for (MatchBlocking blocking : blockings) {
      Set<Long> ids = new LinkedHashSet<>();
      ids.addAll(within(byNameAndBirth, blocking.nameKeys(), blocking.birthDates()));
      if (blocking.district() != null) {
        ids.addAll(
            within(byFamilyAndDistrict, blocking.familyKeys(), List.of(blocking.district())));
        ids.addAll(within(byBirthAndDistrict, blocking.birthDates(), List.of(blocking.district())));
      }
      found.add(ids);
    }
    return found;
  }

  /**
   * The index ranges of one kind of block, one SELECT per record, read in one statement: the
   * children by the pair of values (name key and date, say) that found them.
   */
  private static final class Ranges {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    void add(String select, Collection<?> ones, Collection<?> others) {
      sql.append(sql.isEmpty() ? "" : " UNION ALL ").append(select);
      parameters.addAll(ones);
      parameters.addAll(others);
    }

    Map<String, Set<Long>> read(EntityManager em) {
      Map<String, Set<Long>> children = new HashMap<>();
      if (!parameters.isEmpty()) {
        for (Object[] row : NativeRows.rows(em, sql.toString(), parameters)) {
          index(children, row[0], value(row[1]), value(row[2]));
        }
      }
      return children;
    }

    private static Object value(Object column) {
      return column instanceof java.sql.Date ? NativeRows.asDate(column) : column;
    }
  }

  private static void index(Map<String, Set<Long>> children, Object id, Object one, Object other) {
    children
        .computeIfAbsent(one + "|" + other, pair -> new LinkedHashSet<>())
        .add(((Number) id).longValue());
  }

  /** The children of one record's block: every pair of its ranges, at most MAX_CANDIDATES. */
  private static Set<Long> within(
      Map<String, Set<Long>> children, Collection<?> ones, Collection<?> others) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Object one : ones) {
      for (Object other : others) {
        for (long id : children.getOrDefault(one + "|" + other, Set.of())) {
          if (ids.size() == MAX_CANDIDATES) {
            return ids;
          }
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
