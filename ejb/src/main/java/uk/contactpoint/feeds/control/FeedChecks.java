package uk.contactpoint.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.contactpoint.feeds.entity.ReceivedRecord;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * Whether a stored feed record may be applied, for FeedWorker: bound strictly to its shape, valid,
 * and naming only involvements its source may send; a record that is not is rejected with every
 * error, before anything is matched.
 */
@Dependent
public class FeedChecks {

  @Inject Clock clock;
  @Inject FeedApplier applier;

  Lookups lookups() {
    return new Lookups();
  }

  /**
   * What every record of a transaction asks alike, read once in it: the section codes validation
   * checks against and, per source, the kind of body that runs it (precedence).
   */
  final class Lookups {
    private Set<String> sectionCodes;
    private final Map<String, FeedApplier.SourceKind> kinds = new HashMap<>();

    Set<String> sectionCodes() {
      if (sectionCodes == null) {
        sectionCodes = applier.sectionCodes();
      }
      return sectionCodes;
    }

    FeedApplier.SourceKind kindOf(String source) {
      return kinds.computeIfAbsent(source, applier::kindOf);
    }
  }

  /**
   * Binds and validates a record: the record, or nothing when it is rejected (its outcome written,
   * with every error). A valid record is left unchanged here: the local authority it names is
   * written with its outcome, in one update.
   */
  Optional<FeedRecord> check(ReceivedRecord received, Lookups lookups) {
    Instant now = clock.instant();
    String source = received.batch().sourceCode();
    FeedRecord record;
    try {
      record = FeedRecord.bind(received.content());
    } catch (InvalidInputException invalid) {
      received.namesLocalAuthority(FeedRecord.localAuthorityNamedIn(received.content()));
      received.rejected(lines(invalid.errors()), now);
      return Optional.empty();
    }
    List<FieldError> errors =
        FeedValidation.check(record, lookups.sectionCodes(), LocalDate.now(clock));
    if (errors.isEmpty()) {
      errors = applier.refusedInvolvements(record, source);
    }
    if (!errors.isEmpty()) {
      received.namesLocalAuthority(record.localAuthority());
      received.rejected(lines(errors), now);
      return Optional.empty();
    }
    return Optional.of(record);
  }

  private static List<String> lines(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ": " + e.message()).toList();
  }
}
