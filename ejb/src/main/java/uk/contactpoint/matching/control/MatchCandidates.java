package uk.contactpoint.matching.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /** Children read per query: well inside the parameters a statement may carry. */
  private static final int IDS_PER_QUERY = 1000;

  private static final String NHS_NUMBERS =
      "SELECT i.child.id, i.value FROM ChildIdentifier i WHERE i.child.id IN :ids AND i.type = :type AND i.issuer = 'NHS'";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject MatchBlockReads blocks;

  /** An identifier to look a child up by: its type, who issues it, its value (null: not given). */
  public record TrustedId(IdentifierType type, String issuer, String value) {}

  /**
   * The child named by the first of these identifiers that names one, and which it was: one query
   * for all of them.
   */
  public record Named(TrustedId by, Child child) {}

  /**
   * A child a trusted identifier names, as matching reads it (a merged record's identifier names
   * the record it was merged into).
   */
  public record NamedCandidate(TrustedId by, Candidate child) {}

  /** What one record asks of the held records: its trusted identifiers, in their order of trust. */
  public record Wanted(List<TrustedId> inOrderOfTrust, MatchPerson person) {}

  /**
   * What the held records answer one record: every child its identifiers name, in their order of
   * trust (more than one when the source's own id names one record and the NHS number another: a
   * duplicate to merge, or a number keyed wrong); the candidates of its blocks; whether a shielded
   * child (or a new identity) looks like it.
   */
  public record Found(
      List<NamedCandidate> named, List<Candidate> inBlocks, boolean shieldedLookalike) {}

  /**
   * Everything matching reads for a set of records, in a fixed number of queries whatever the set's
   * size (the named children, the three blocks, the candidates' five column reads, the shielded
   * look-alikes): a bulk feed reads for a hundred records what one record used to cost.
   */
  public List<Found> findAll(List<Wanted> records) {
    // Read through JDBC (NativeRows), so what is unwritten is written first, once for all reads.
    em.flush();
    List<List<NamedId>> named = namedIds(records);
    List<Set<Long>> inBlocks =
        blocks.idsInBlocks(records.stream().map(r -> MatchBlocking.of(r.person())).toList());
    Set<Long> all = new LinkedHashSet<>();
    named.forEach(ids -> ids.forEach(id -> all.add(id.childId())));
    inBlocks.forEach(all::addAll);
    Map<Long, Candidate> read = candidates(all);
    List<Boolean> lookalikes = shieldedLookalikes(records.stream().map(Wanted::person).toList());
    List<Found> found = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      found.add(
          new Found(
              named.get(r).stream()
                  .filter(id -> read.containsKey(id.childId()))
                  .map(id -> new NamedCandidate(id.by(), read.get(id.childId())))
                  .toList(),
              inBlocks.get(r).stream().map(read::get).filter(Objects::nonNull).toList(),
              lookalikes.get(r)));
    }
    return found;
  }

  private record NamedId(TrustedId by, long childId) {}

  /** For each record, the children its identifiers name in their order of trust: one query. */
  private List<List<NamedId>> namedIds(List<Wanted> records) {
    Set<TrustedId> given = new LinkedHashSet<>();
    records.forEach(
        r -> r.inOrderOfTrust().stream().filter(id -> id.value() != null).forEach(given::add));
    Map<TrustedId, Long> childOf = new HashMap<>();
    if (!given.isEmpty()) {
      StringBuilder sql =
          new StringBuilder(
              "SELECT i.id_type, i.issuer, i.id_value, COALESCE(c.merged_into_id, c.id)"
                  + " FROM child_identifier i JOIN child c ON c.id = i.child_id WHERE ");
      List<Object> parameters = new ArrayList<>();
      for (TrustedId id : given) {
        sql.append(parameters.isEmpty() ? "" : " OR ")
            .append("(i.id_type = ? AND i.issuer = ? AND i.id_value = ?)");
        parameters.addAll(List.of(id.type().name(), id.issuer(), id.value()));
      }
      for (Object[] row : NativeRows.rows(em, sql.toString(), parameters)) {
        childOf.put(
            new TrustedId(
                IdentifierType.valueOf((String) row[0]), (String) row[1], (String) row[2]),
            ((Number) row[3]).longValue());
      }
    }
    List<List<NamedId>> named = new ArrayList<>();
    for (Wanted record : records) {
      List<NamedId> ids = new ArrayList<>();
      for (TrustedId id : record.inOrderOfTrust()) {
        Long child = id.value() == null ? null : childOf.get(id);
        if (child != null && ids.stream().noneMatch(n -> n.childId() == child)) {
          ids.add(new NamedId(id, child));
        }
      }
      named.add(ids);
    }
    return named;
  }

  public List<Child> inBlocks(MatchBlocking blocking) {
    em.flush();
    Set<Long> ids = blocks.idsInBlocks(List.of(blocking)).get(0);
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

  /** The candidates of one record's blocks, as {@link #findAll} reads them. */
  public List<Candidate> candidatesInBlocks(MatchBlocking blocking) {
    em.flush();
    Map<Long, Candidate> read = candidates(blocks.idsInBlocks(List.of(blocking)).get(0));
    return List.copyOf(read.values());
  }

  /**
   * Held children as matching reads them, in five queries whatever their number (the children,
   * their NHS numbers, carers, former names and former postcodes), and without making them managed
   * entities: a feed meets dozens of candidates per record and changes none of them, so neither one
   * query per candidate and relation nor comparing them all for changes at the flush.
   */
  private Map<Long, Candidate> candidates(Collection<Long> wanted) {
    Map<Long, Candidate> found = new LinkedHashMap<>();
    List<Long> all = List.copyOf(wanted);
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<Long> ids = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
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
      Map<Long, Object[]> rows = new HashMap<>();
      for (Object[] row :
          em.createQuery(
                  "SELECT c.id, c.publicId, c.shielded, c.newIdentity, c.name.given, c.name.family, c.birthDate,"
                      + " c.gender, c.address.postcode FROM Child c WHERE c.id IN :ids",
                  Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        rows.put(((Number) row[0]).longValue(), row);
      }
      // In the order asked for: the blocks' order, as one record's reading always had it.
      for (long id : ids) {
        Object[] row = rows.get(id);
        if (row == null) {
          continue;
        }
        List<String> nhs = nhsNumbers.getOrDefault(id, List.of());
        found.put(
            id,
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

  /**
   * For each person, whether a shielded child (or a new identity) born on that day with that gender
   * has the person's NHS number or first given name: two queries for the whole set.
   */
  private List<Boolean> shieldedLookalikes(List<MatchPerson> people) {
    List<LocalDate> births = people.stream().map(MatchPerson::birthDate).distinct().toList();
    // Written as the partial index child_held_back_birth is (V20): JPQL would bind TRUE as a
    // parameter, which PostgreSQL cannot match to the index's condition.
    List<Object[]> shielded =
        births.isEmpty()
            ? List.of()
            : NativeRows.rows(
                em,
                "SELECT id, gender, given_names, birth_date FROM child WHERE birth_date IN ("
                    + NativeRows.marks(births)
                    + ") AND (shielded OR new_identity)",
                new ArrayList<>(births));
    Map<Long, List<String>> nhsNumbers =
        shielded.isEmpty() || people.stream().allMatch(p -> p.nhsNumber() == null)
            ? Map.of()
            : valuesById(
                NHS_NUMBERS,
                shielded.stream().map(row -> ((Number) row[0]).longValue()).toList(),
                IdentifierType.NHS_NUMBER);
    List<Boolean> lookalikes = new ArrayList<>();
    for (MatchPerson person : people) {
      List<String> given = NameKeys.tokens(person.given());
      lookalikes.add(
          shielded.stream()
              .filter(row -> NativeRows.asDate(row[3]).equals(person.birthDate()))
              .filter(
                  row ->
                      Gender.valueOf((String) row[1]) == person.gender()
                          || person.gender() == Gender.NOT_SPECIFIED)
              .anyMatch(
                  row ->
                      (!given.isEmpty() && NameKeys.tokens((String) row[2]).contains(given.get(0)))
                          || (person.nhsNumber() != null
                              && nhsNumbers
                                  .getOrDefault(((Number) row[0]).longValue(), List.of())
                                  .contains(person.nhsNumber()))));
    }
    return lookalikes;
  }
}
