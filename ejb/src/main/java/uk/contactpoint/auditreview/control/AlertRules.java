package uk.contactpoint.auditreview.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.audit.entity.AlertRule;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditHashes;
import uk.contactpoint.audit.entity.AuditOutcome;
import uk.contactpoint.shared.control.Settings;

/**
 * The alert rules (rule 4), as pure decisions over one event and the user's recent history, so they
 * can be tested without a server. They apply to every role: managers, operators and auditors are
 * watched like everyone else.
 */
public final class AlertRules {

  /** The thresholds, from settings (docs/security.md lists them). */
  public record Thresholds(
      int hourlyFloor,
      double normFactor,
      int outsideSectionPerDay,
      int surnameSearchesPerDay,
      LocalTime nightFrom,
      LocalTime nightTo) {

    public static Thresholds fromSettings() {
      return new Thresholds(
          Settings.get("CP_ALERT_HOURLY_ACCESS_FLOOR").map(Integer::parseInt).orElse(30),
          Settings.get("CP_ALERT_HOURLY_ACCESS_FACTOR").map(Double::parseDouble).orElse(3.0),
          Settings.get("CP_ALERT_OUTSIDE_SECTION_PER_DAY").map(Integer::parseInt).orElse(5),
          Settings.get("CP_ALERT_SURNAME_SEARCHES_PER_DAY").map(Integer::parseInt).orElse(5),
          Settings.get("CP_ALERT_NIGHT_FROM").map(LocalTime::parse).orElse(LocalTime.of(23, 0)),
          Settings.get("CP_ALERT_NIGHT_TO").map(LocalTime::parse).orElse(LocalTime.of(6, 0)));
    }
  }

  /** One event as the rules see it: ids and flags, and the searched family name for searches. */
  public record Event(
      long entryId,
      Instant at,
      AuditAction action,
      AuditOutcome outcome,
      String username,
      String roles,
      Long actorSectionId,
      Long subjectSectionId,
      boolean shielded,
      String searchedSurname) {}

  /** Counts the rules need from the trail. */
  public interface History {
    long accessesBetween(String username, Instant from, Instant to);

    /**
     * Average record accesses per hour in which the user opened any, over the four weeks before.
     */
    double usualHourlyAccesses(String username, Instant before);

    long outsideSectionAccessesBetween(String username, Instant from, Instant to);

    long searchesOfSurnameBetween(String username, String surname, Instant from, Instant to);
  }

  /**
   * An alert to raise; the window names the period it covers, so the same pattern is raised once.
   */
  public record Raised(
      AlertRule rule, String username, Long sectionId, String window, String summary) {}

  private final Thresholds thresholds;
  private final ZoneId zone;

  public AlertRules(Thresholds thresholds, ZoneId zone) {
    this.thresholds = thresholds;
    this.zone = zone;
  }

  public List<Raised> evaluate(Event event, History history) {
    List<Raised> raised = new ArrayList<>();
    if (event.username() == null) {
      return raised;
    }
    ZonedDateTime local = event.at().atZone(zone);
    if (atNight(local.toLocalTime())) {
      LocalDate night =
          local.toLocalTime().isBefore(thresholds.nightTo())
              ? local.toLocalDate().minusDays(1)
              : local.toLocalDate();
      raised.add(
          alert(
              event,
              AlertRule.NIGHT_USE,
              "night-of-" + night,
              "Used ContactPoint at night ("
                  + local.toLocalTime().truncatedTo(ChronoUnit.MINUTES)
                  + ", "
                  + event.action()
                  + ")"));
    }
    if (event.action() == AuditAction.SHIELD_OVERRIDE) {
      raised.add(
          alert(
              event,
              AlertRule.OVERRIDE,
              "entry-" + event.entryId(),
              "Overrode a shield (audit entry " + event.entryId() + ")"));
    } else if (event.action() == AuditAction.ARCHIVED_RECORD_OPENED
        && event.outcome() == AuditOutcome.SUCCESS) {
      raised.add(
          alert(
              event,
              AlertRule.ARCHIVED_RECORD,
              "entry-" + event.entryId(),
              "Opened an archived record for a statutory purpose (audit entry "
                  + event.entryId()
                  + ")"));
    } else if (event.action().alwaysAlerts() && event.outcome() == AuditOutcome.SUCCESS) {
      // A refused attempt read nothing; the trail still holds it.
      raised.add(
          alert(
              event,
              AlertRule.PURPOSE,
              "entry-" + event.entryId(),
              "Read shielded or sensitive values of the trail with a stated purpose (audit entry "
                  + event.entryId()
                  + ")"));
    }
    if (event.outcome() != AuditOutcome.SUCCESS) {
      return raised;
    }
    if (event.action() == AuditAction.RECORD_ACCESS) {
      Instant hour = event.at().truncatedTo(ChronoUnit.HOURS);
      long inHour = history.accessesBetween(event.username(), hour, hour.plus(1, ChronoUnit.HOURS));
      double usual = history.usualHourlyAccesses(event.username(), hour);
      long limit =
          Math.max(thresholds.hourlyFloor(), (long) Math.ceil(usual * thresholds.normFactor()));
      if (inHour > limit) {
        raised.add(
            alert(
                event,
                AlertRule.ACCESS_RATE,
                "hour-" + hour,
                inHour
                    + " records opened in the hour from "
                    + hour.atZone(zone).toLocalTime()
                    + "; usual "
                    + Math.round(usual * 10) / 10.0
                    + " an hour, limit "
                    + limit));
      }
      if (event.shielded() && !managesSection(event)) {
        raised.add(
            alert(
                event,
                AlertRule.SHIELDED_RECORD,
                "entry-" + event.entryId(),
                "Opened a shielded record (audit entry " + event.entryId() + ")"));
      }
      boolean outside =
          event.actorSectionId() != null
              && event.subjectSectionId() != null
              && !event.actorSectionId().equals(event.subjectSectionId());
      if (outside) {
        LocalDate day = local.toLocalDate();
        long count =
            history.outsideSectionAccessesBetween(
                event.username(),
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        if (count > thresholds.outsideSectionPerDay()) {
          raised.add(
              alert(
                  event,
                  AlertRule.OUTSIDE_SECTION,
                  "day-" + day,
                  count + " records of children outside the user's section opened on " + day));
        }
      }
    }
    if (event.action() == AuditAction.SEARCH && event.searchedSurname() != null) {
      long count =
          history.searchesOfSurnameBetween(
              event.username(),
              event.searchedSurname(),
              event.at().minus(1, ChronoUnit.DAYS),
              event.at());
      if (count >= thresholds.surnameSearchesPerDay()) {
        LocalDate day = local.toLocalDate();
        // The window holds a hash of the name, never the name: alerts carry no personal value.
        raised.add(
            alert(
                event,
                AlertRule.REPEATED_SURNAME,
                "day-" + day + "-" + AuditHashes.sha256(event.searchedSurname()).substring(0, 16),
                count
                    + " searches for one family name within 24 hours (see the user's searches in the trail)"));
      }
    }
    return raised;
  }

  private boolean atNight(LocalTime time) {
    LocalTime from = thresholds.nightFrom();
    LocalTime to = thresholds.nightTo();
    return from.isAfter(to)
        ? !time.isBefore(from) || time.isBefore(to)
        : !time.isBefore(from) && time.isBefore(to);
  }

  private static boolean managesSection(Event event) {
    return event.roles() != null
        && List.of(event.roles().split(",")).contains(Role.LA_MANAGER_NAME)
        && event.actorSectionId() != null
        && event.actorSectionId().equals(event.subjectSectionId());
  }

  private static Raised alert(Event event, AlertRule rule, String window, String summary) {
    return new Raised(rule, event.username(), event.actorSectionId(), window, summary);
  }
}
