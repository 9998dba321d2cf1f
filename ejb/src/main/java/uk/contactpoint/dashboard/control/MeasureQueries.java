package uk.contactpoint.dashboard.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.contactpoint.accounts.entity.UserAccount;

/**
 * The SQL behind each dashboard measure. A measure's count and its list share one FROM … WHERE
 * clause, so the number on the dashboard is, by construction, the length of the list behind it. The
 * section filter is added for a section's view and left out for the national one. Every list row
 * has four columns: a reference, a description, the child's record id (or null) and a date.
 */
public final class MeasureQueries {

  /** Lists stop here: a dashboard shows what to act on, not an export. */
  public static final int LIST_LIMIT = 500;

  private static final String LIVE_CHILD = "c.archived_on IS NULL AND c.merged_into_id IS NULL";
  private static final String CHILD_NAME = "c.given_names || ' ' || c.family_name";
  private static final String ACTIVE_SHIELD =
      "EXISTS (SELECT 1 FROM shield s2 WHERE s2.child_id = c.id AND s2.removed_at IS NULL)";

  private record Sql(String from, String sectionColumn, String columns, String order) {}

  private MeasureQueries() {}

  private static Sql sql(Measure measure) {
    return switch (measure) {
      case SHIELD_REVIEWS_DUE ->
          new Sql(
              "FROM shield s JOIN child c ON c.id = s.child_id WHERE s.removed_at IS NULL AND s.review_on <= {REVIEW_BY}",
              "c.section_id",
              "CAST(s.id AS VARCHAR(20)), " + CHILD_NAME + ", c.public_id, s.review_on",
              "s.review_on");
      case CONTACT_REQUESTS_AGEING ->
          new Sql(
              "FROM contact_request r JOIN child c ON c.id = r.child_id WHERE r.outcome IS NULL"
                  + " AND r.requested_at < {WAITING_SINCE}",
              "r.section_id",
              "CAST(r.id AS VARCHAR(20)), "
                  + CHILD_NAME
                  + ", c.public_id, CAST(r.requested_at AS DATE)",
              "r.requested_at");
      case MATCH_CASES_OPEN ->
          new Sql(
              "FROM match_case m WHERE m.status = 'OPEN'",
              "m.section_id",
              "CAST(m.id AS VARCHAR(20)), m.reason, CAST(NULL AS VARCHAR(36)), CAST(m.opened_at AS DATE)",
              "m.opened_at");
      case NO_SCHOOL ->
          child(
              "c.school_org_id IS NULL AND c.birth_date <= {BORN_BY} AND c.birth_date > {BORN_AFTER}");
      case NO_GP -> child("c.gp_org_id IS NULL");
      case NO_KNOWN_ADDRESS -> child("c.address_status = 'NO_KNOWN_ADDRESS'");
      case TRANSFERS_IN -> transfers("t.to_section_id");
      case TRANSFERS_OUT -> transfers("t.from_section_id");
      case USERS_DUE_CLEARANCE ->
          new Sql(
              "FROM user_account u WHERE u.status = 'ACTIVE' AND (u.vetted_on IS NULL OR u.vetted_on <= {VETTING_BY}"
                  + " OR u.trained_on IS NULL OR u.agreement_signed_on IS NULL)",
              "u.section_id",
              "u.username, CASE WHEN u.vetted_on IS NULL OR u.vetted_on <= {VETTING_BY} THEN 'vetting' WHEN u.trained_on IS NULL THEN 'training'"
                  + " ELSE 'the agreement' END, CAST(NULL AS VARCHAR(36)), u.vetted_on",
              "u.username");
      case DORMANT_ACCOUNTS ->
          new Sql(
              "FROM user_account u WHERE u.status = 'ACTIVE' AND COALESCE(u.last_login_at, u.created_at) < {UNUSED_SINCE}",
              "u.section_id",
              "u.username, 'last used', CAST(NULL AS VARCHAR(36)), CAST(COALESCE(u.last_login_at, u.created_at) AS DATE)",
              "u.username");
      case ORGANISATIONS_AT_LIMIT ->
          new Sql(
              "FROM organisation o WHERE o.account_limit > 0 AND (SELECT COUNT(*) FROM user_account u"
                  + " JOIN practitioner p ON p.id = u.practitioner_id WHERE p.organisation_id = o.id AND u.status <> 'DISABLED') >= o.account_limit",
              "o.section_id",
              "o.name, CONCAT('limit ', CAST(o.account_limit AS VARCHAR(10))), CAST(NULL AS VARCHAR(36)), o.accredited_on",
              "o.name");
      case OPEN_ALERTS ->
          new Sql(
              "FROM audit_alert a WHERE a.status = 'OPEN'",
              "a.section_id",
              "CAST(a.id AS VARCHAR(20)), a.rule, CAST(NULL AS VARCHAR(36)), CAST(a.raised_at AS DATE)",
              "a.raised_at");
      case OPEN_INVESTIGATIONS ->
          new Sql(
              "FROM investigation i WHERE i.closed_at IS NULL",
              "i.section_id",
              "CAST(i.id AS VARCHAR(20)), i.subject_username, CAST(NULL AS VARCHAR(36)), CAST(i.opened_at AS DATE)",
              "i.opened_at");
    };
  }

  private static Sql child(String condition) {
    return new Sql(
        "FROM child c WHERE " + LIVE_CHILD + " AND " + condition,
        "c.section_id",
        "c.public_id, " + CHILD_NAME + ", c.public_id, c.birth_date",
        "c.family_name, c.given_names");
  }

  /**
   * A shielded child who moved out is "a shielded record" to the old team (as on the transfers
   * list).
   */
  private static Sql transfers(String sectionColumn) {
    return new Sql(
        "FROM child_transfer t JOIN child c ON c.id = t.child_id WHERE t.transferred_at >= {MOVED_SINCE}",
        sectionColumn,
        "CAST(t.id AS VARCHAR(20)), CASE WHEN "
            + ACTIVE_SHIELD
            + " AND c.section_id <> "
            + sectionColumn
            + " THEN 'a shielded record' ELSE "
            + CHILD_NAME
            + " END, CASE WHEN "
            + ACTIVE_SHIELD
            + " AND c.section_id <> "
            + sectionColumn
            + " THEN NULL ELSE c.public_id END, CAST(t.transferred_at AS DATE)",
        "t.transferred_at DESC");
  }

  public static long count(
      EntityManager em, Measure measure, Long sectionId, LocalDate today, Instant now) {
    Sql sql = sql(measure);
    Query query =
        bound(em, "SELECT COUNT(*) " + sql.from() + scope(sql, sectionId), sectionId, today, now);
    return ((Number) query.getSingleResult()).longValue();
  }

  /** The rows behind the count, oldest or most pressing first, at most {@link #LIST_LIMIT}. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> list(
      EntityManager em, Measure measure, Long sectionId, LocalDate today, Instant now) {
    Sql sql = sql(measure);
    String text =
        "SELECT "
            + sql.columns()
            + " "
            + sql.from()
            + scope(sql, sectionId)
            + " ORDER BY "
            + sql.order();
    return bound(em, text, sectionId, today, now).setMaxResults(LIST_LIMIT).getResultList();
  }

  private static String scope(Sql sql, Long sectionId) {
    return sectionId == null ? "" : " AND " + sql.sectionColumn() + " = {SECTION}";
  }

  /**
   * Replaces each {NAME} with the next positional parameter, in the order they appear, and binds
   * its value: the statements' parameters are then always ?1, ?2, … with no gaps.
   */
  private static Query bound(
      EntityManager em, String text, Long sectionId, LocalDate today, Instant now) {
    Map<String, Object> values =
        Map.of(
            "SECTION", sectionId == null ? -1L : sectionId,
            "REVIEW_BY", Date.valueOf(today.plusDays(14)),
            "WAITING_SINCE", Timestamp.from(now.minus(5, ChronoUnit.DAYS)),
            "BORN_BY", Date.valueOf(today.minusYears(5)),
            "BORN_AFTER", Date.valueOf(today.minusYears(16)),
            "VETTING_BY", Date.valueOf(today.minusYears(UserAccount.VETTING_YEARS).plusDays(30)),
            "UNUSED_SINCE", Timestamp.from(now.minus(UserAccount.DORMANT_AFTER)),
            "MOVED_SINCE", Timestamp.from(now.minus(30, ChronoUnit.DAYS)));
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    while (placeholder.find()) {
      parameters.add(values.get(placeholder.group(1)));
      placeholder.appendReplacement(sql, "?" + parameters.size());
    }
    placeholder.appendTail(sql);
    Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");
}
