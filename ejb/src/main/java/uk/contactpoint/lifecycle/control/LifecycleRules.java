package uk.contactpoint.lifecycle.control;

import java.time.LocalDate;
import java.util.Optional;
import uk.contactpoint.child.entity.ArchiveReason;

/**
 * What the law allows a record to keep, day by day (rule 8), as one pure function of its dates:
 * archived at 18 unless an extension is in force (care leaver, learning difficulties, consent, at
 * most to 25), archived a year after a recorded death, deleted six years after archiving.
 */
public final class LifecycleRules {

  public static final int ADULT_AGE = 18;
  public static final int LATEST_AGE = 25;
  public static final int YEARS_AFTER_DEATH = 1;
  public static final int YEARS_ARCHIVED_BEFORE_PURGE = 6;

  public enum Step {
    KEEP,
    /** Past 18 on an extension: keep the record, but only carers, not parents. */
    DROP_PARENTS,
    ARCHIVE,
    PURGE
  }

  public record Decision(Step step, ArchiveReason reason) {
    static Decision of(Step step) {
      return new Decision(step, null);
    }
  }

  /** An extension as the rules need it. */
  public record Extension(LocalDate endsOn, boolean withdrawn) {}

  private LifecycleRules() {}

  public static Decision decide(
      LocalDate born,
      LocalDate died,
      LocalDate archivedOn,
      Optional<Extension> extension,
      boolean hasParentsNotCarers,
      LocalDate today) {
    if (archivedOn != null) {
      return today.isBefore(archivedOn.plusYears(YEARS_ARCHIVED_BEFORE_PURGE))
          ? Decision.of(Step.KEEP)
          : Decision.of(Step.PURGE);
    }
    if (died != null && !today.isBefore(died.plusYears(YEARS_AFTER_DEATH))) {
      return new Decision(Step.ARCHIVE, ArchiveReason.DEATH);
    }
    if (today.isBefore(born.plusYears(ADULT_AGE))) {
      return Decision.of(Step.KEEP);
    }
    if (extension.isEmpty()) {
      return new Decision(Step.ARCHIVE, ArchiveReason.AGE_18);
    }
    if (extension.get().withdrawn()) {
      return new Decision(Step.ARCHIVE, ArchiveReason.CONSENT_WITHDRAWN);
    }
    if (today.isAfter(extension.get().endsOn()) || !today.isBefore(born.plusYears(LATEST_AGE))) {
      return new Decision(Step.ARCHIVE, ArchiveReason.EXTENSION_ENDED);
    }
    return Decision.of(hasParentsNotCarers ? Step.DROP_PARENTS : Step.KEEP);
  }
}
