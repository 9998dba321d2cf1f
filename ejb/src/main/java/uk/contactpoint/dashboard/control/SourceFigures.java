package uk.contactpoint.dashboard.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Feed records by source and by what became of them, for a section (the local authority the records
 * name) or nationally. A record that was ever held for review counts as held even after the team
 * settled it: the rate says how much work the source made, not what is still waiting.
 */
public final class SourceFigures {

  /** How a record ended, in the words of the dashboard and the API. */
  public enum Result {
    LINKED("linked to a child"),
    CREATED("made a new record"),
    HELD("held for review"),
    REJECTED("rejected");

    private final String words;

    Result(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Result ofKey(String key) {
      for (Result result : values()) {
        if (result.key().equals(key)) {
          return result;
        }
      }
      return null;
    }
  }

  private static final String RESULT =
      "CASE WHEN EXISTS (SELECT 1 FROM match_case m WHERE m.feed_record_id = r.id) OR r.outcome = 'REVIEW'"
          + " THEN 'HELD' WHEN r.outcome = 'REJECTED' THEN 'REJECTED' WHEN r.outcome = 'CREATED' THEN 'CREATED' ELSE 'LINKED' END";

  private SourceFigures() {}

  /** Rows of (day processed, result name, count), for the trend chart. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> byDay(EntityManager em, Long sectionId, Instant since) {
    Statement sql = new Statement("SELECT CAST(r.processed_at AS DATE), " + RESULT + ", COUNT(*)");
    where(sql, sectionId, since, false, false);
    sql.text.append(" GROUP BY CAST(r.processed_at AS DATE), ").append(RESULT);
    return sql.query(em).getResultList();
  }

  /** Rows of (source code, result name, count): for a section, of its own sources only. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> counts(EntityManager em, Long sectionId, Instant since) {
    Statement sql = new Statement("SELECT b.source_code, " + RESULT + ", COUNT(*)");
    where(sql, sectionId, since, false, true);
    sql.text.append(" GROUP BY b.source_code, ").append(RESULT).append(" ORDER BY b.source_code");
    return sql.query(em).getResultList();
  }

  /**
   * The records behind one count, newest first: batch reference, record reference (or its place in
   * the batch), errors ("field: message" lines), processed at, the child's record id and name, and
   * whether the child is in the viewer's section.
   */
  @SuppressWarnings("unchecked")
  public static List<Object[]> records(
      EntityManager em, Long sectionId, Instant since, String source, Result result, int limit) {
    Statement sql =
        new Statement(
            "SELECT b.batch_ref, COALESCE(r.record_ref, CAST(r.seq_no AS VARCHAR(12))), r.errors, r.processed_at,"
                + " c.public_id, c.given_names || ' ' || c.family_name, CASE WHEN c.section_id = "
                + literal(sectionId == null ? -1L : sectionId)
                + " THEN 1 ELSE 0 END");
    where(sql, sectionId, since, true, true);
    sql.text
        .append(" AND b.source_code = ")
        .append(sql.parameter(source))
        .append(" AND ")
        .append(RESULT)
        .append(" = ")
        .append(sql.parameter(result.name()))
        .append(" ORDER BY r.processed_at DESC, r.id DESC");
    return sql.query(em).setMaxResults(limit).getResultList();
  }

  /**
   * {@code ownSources}: for a section, only the sources registered to it (DESIGN.md rule 9); a
   * national source's figures are the national operators'.
   */
  private static void where(
      Statement sql, Long sectionId, Instant since, boolean withChild, boolean ownSources) {
    sql.text
        .append(" FROM feed_record r JOIN feed_batch b ON b.id = r.batch_id")
        .append(withChild ? " LEFT JOIN child c ON c.id = r.child_id" : "")
        .append(" WHERE b.trial = FALSE AND r.outcome IS NOT NULL AND r.processed_at >= ")
        .append(sql.parameter(Timestamp.from(since)));
    if (sectionId != null) {
      sql.text
          .append(" AND r.la_code = (SELECT s.code FROM la_section s WHERE s.id = ")
          .append(sql.parameter(sectionId))
          .append(')');
    }
    if (sectionId != null && ownSources) {
      sql.text
          .append(
              " AND b.source_code IN (SELECT fs.source_code FROM feed_source fs WHERE fs.section_id = ")
          .append(sql.parameter(sectionId))
          .append(')');
    }
  }

  /** A section id is a number the server chose, never typed: safe to write into the text. */
  private static String literal(long sectionId) {
    return Long.toString(sectionId);
  }

  /**
   * Native SQL with its positional parameters numbered ?1, ?2, … in the order they are added, no
   * gaps.
   */
  private static final class Statement {
    final StringBuilder text;
    final List<Object> parameters = new ArrayList<>();

    Statement(String start) {
      text = new StringBuilder(start);
    }

    String parameter(Object value) {
      parameters.add(value);
      return "?" + parameters.size();
    }

    Query query(EntityManager em) {
      Query query = em.createNativeQuery(text.toString());
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }

  /** The field names of a rejected record's errors: the messages may quote what was sent. */
  public static List<String> fieldsOf(Object errors) {
    List<String> fields = new ArrayList<>();
    if (errors != null) {
      for (String line : errors.toString().split("\n")) {
        int colon = line.indexOf(':');
        String field = colon > 0 ? line.substring(0, colon).trim() : "record";
        if (!fields.contains(field)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }
}
