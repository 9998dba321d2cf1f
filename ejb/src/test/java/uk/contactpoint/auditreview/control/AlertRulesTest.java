package uk.contactpoint.auditreview.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.contactpoint.audit.entity.AlertRule;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditOutcome;

class AlertRulesTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final AlertRules RULES =
      new AlertRules(
          new AlertRules.Thresholds(30, 3.0, 5, 5, LocalTime.of(23, 0), LocalTime.of(6, 0)), UK);
  private static final Instant MIDDAY = Instant.parse("2026-11-25T12:10:00Z");

  /**
   * A history where every count is the given one and the user's usual hour holds {@code usual}
   * openings.
   */
  private static AlertRules.History history(long count, double usual) {
    return new AlertRules.History() {
      @Override
      public long accessesBetween(String username, Instant from, Instant to) {
        return count;
      }

      @Override
      public double usualHourlyAccesses(String username, Instant before) {
        return usual;
      }

      @Override
      public long outsideSectionAccessesBetween(String username, Instant from, Instant to) {
        return count;
      }

      @Override
      public long searchesOfSurnameBetween(
          String username, String surname, Instant from, Instant to) {
        return count;
      }
    };
  }

  private static AlertRules.Event access(
      Instant at, String roles, Long mySection, Long theirSection, boolean shielded) {
    return new AlertRules.Event(
        1L,
        at,
        AuditAction.RECORD_ACCESS,
        AuditOutcome.SUCCESS,
        "jane",
        roles,
        mySection,
        theirSection,
        shielded,
        null);
  }

  private static Set<AlertRule> rules(List<AlertRules.Raised> raised) {
    return raised.stream().map(AlertRules.Raised::rule).collect(Collectors.toSet());
  }

  @Test
  void ordinaryDaytimeUseRaisesNothing() {
    assertEquals(
        Set.of(),
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 1L, false), history(4, 2.0))));
  }

  @Test
  void moreAccessesThanTheFloorOrThreeTimesTheUsersNormAlert() {
    assertEquals(
        Set.of(AlertRule.ACCESS_RATE),
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 1L, false), history(31, 2.0))));
    // A user who usually opens 15 an hour may open 40 (limit 45) without an alert.
    assertFalse(
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 1L, false), history(40, 15.0)))
            .contains(AlertRule.ACCESS_RATE));
    assertTrue(
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 1L, false), history(46, 15.0)))
            .contains(AlertRule.ACCESS_RATE));
  }

  @Test
  void shieldedRecordsAlertUnlessTheSectionsOwnManagementTeamOpensThem() {
    assertEquals(
        Set.of(AlertRule.SHIELDED_RECORD),
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 1L, true), history(1, 0))));
    assertEquals(
        Set.of(),
        rules(
            RULES.evaluate(
                access(MIDDAY, "DUTY_SHIELDING,LA_MANAGER", 1L, 1L, true), history(1, 0))));
    assertEquals(
        Set.of(AlertRule.SHIELDED_RECORD),
        rules(RULES.evaluate(access(MIDDAY, "LA_MANAGER", 2L, 1L, true), history(1, 0))));
  }

  @Test
  void outsideTheSectionAlertsOnlyAboveTheDailyThreshold() {
    assertEquals(
        Set.of(),
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 2L, false), history(5, 5))));
    assertEquals(
        Set.of(AlertRule.OUTSIDE_SECTION),
        rules(RULES.evaluate(access(MIDDAY, "PRACTITIONER", 1L, 2L, false), history(6, 5))));
  }

  @Test
  void nightUseAlertsOncePerNightWhateverTheRoleAndAcrossMidnight() {
    Instant lateEvening = Instant.parse("2026-11-25T23:30:00Z");
    Instant smallHours = Instant.parse("2026-11-26T02:00:00Z");
    AlertRules.Event login =
        new AlertRules.Event(
            2L,
            lateEvening,
            AuditAction.LOGIN,
            AuditOutcome.SUCCESS,
            "admin",
            "ADMIN",
            null,
            null,
            false,
            null);
    List<AlertRules.Raised> evening = RULES.evaluate(login, history(0, 0));
    List<AlertRules.Raised> later =
        RULES.evaluate(access(smallHours, "AUDITOR", null, 1L, false), history(0, 0));
    assertEquals(Set.of(AlertRule.NIGHT_USE), rules(evening));
    assertEquals(
        evening.get(0).window(),
        later.stream()
            .filter(r -> r.rule() == AlertRule.NIGHT_USE)
            .findFirst()
            .orElseThrow()
            .window(),
        "one alert for the night, not one per event");
    assertEquals(
        Set.of(),
        rules(
            RULES.evaluate(
                access(Instant.parse("2026-11-26T06:00:00Z"), "PRACTITIONER", 1L, 1L, false),
                history(0, 0))));
  }

  @Test
  void repeatedSearchesForOneFamilyNameAlertWithoutNamingIt() {
    AlertRules.Event search =
        new AlertRules.Event(
            3L,
            MIDDAY,
            AuditAction.SEARCH,
            AuditOutcome.SUCCESS,
            "jane",
            "PRACTITIONER",
            1L,
            null,
            false,
            "ROSSITER");
    assertEquals(Set.of(), rules(RULES.evaluate(search, history(4, 0))));
    List<AlertRules.Raised> raised = RULES.evaluate(search, history(5, 0));
    assertEquals(Set.of(AlertRule.REPEATED_SURNAME), rules(raised));
    assertFalse(
        raised.get(0).window().contains("ROSSITER")
            || raised.get(0).summary().contains("ROSSITER"));
  }

  @Test
  void anyOverrideAlertsEvenForAManagerAndFailuresCountOnlyForNightAndOverride() {
    AlertRules.Event override =
        new AlertRules.Event(
            4L,
            MIDDAY,
            AuditAction.SHIELD_OVERRIDE,
            AuditOutcome.SUCCESS,
            "boss",
            "LA_MANAGER",
            1L,
            1L,
            true,
            null);
    assertEquals(Set.of(AlertRule.OVERRIDE), rules(RULES.evaluate(override, history(0, 0))));
    AlertRules.Event refused =
        new AlertRules.Event(
            5L,
            MIDDAY,
            AuditAction.RECORD_ACCESS,
            AuditOutcome.DENIED,
            "jane",
            "PRACTITIONER",
            1L,
            1L,
            true,
            null);
    assertEquals(Set.of(), rules(RULES.evaluate(refused, history(100, 0))));
  }

  @Test
  void statingAPurposeToReadShieldedValuesAlwaysAlerts() {
    AlertRules.Event purpose =
        new AlertRules.Event(
            6L,
            MIDDAY,
            AuditAction.AUDIT_PURPOSE_STATED,
            AuditOutcome.SUCCESS,
            "auditor",
            "AUDITOR",
            null,
            null,
            false,
            null);
    assertEquals(Set.of(AlertRule.PURPOSE), rules(RULES.evaluate(purpose, history(0, 0))));
  }
}
