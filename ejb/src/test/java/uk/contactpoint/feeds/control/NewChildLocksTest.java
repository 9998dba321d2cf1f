package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.contactpoint.feeds.control.SentRecords.record;

import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two records about one new child, from two sources, must want a bucket in common whatever drifted
 * between them, as long as the one would find the other's child; two unrelated children must not,
 * or every pair of sets would wait on each other.
 */
class NewChildLocksTest {

  private static boolean share(FeedRecord one, String oneSource, FeedRecord other) {
    Set<Integer> first = NewChildLocks.bucketsOf(one, oneSource);
    Set<Integer> second = NewChildLocks.bucketsOf(other, "GP-1");
    return !Collections.disjoint(first, second);
  }

  private static final FeedRecord AT_SCHOOL =
      record("S-1", "Poppy", "Ashworth", "2016-03-07", null, "LS6 2AB");

  @Test
  void theSameChildSentAsItIsSharesALock() {
    assertTrue(
        share(
            AT_SCHOOL,
            "SCHOOL-1",
            record("G-9", "Poppy", "Ashworth", "2016-03-07", null, "LS6 2AB")));
  }

  @Test
  void aMisspeltNameSharesTheDateOfBirth() {
    assertTrue(
        share(
            AT_SCHOOL,
            "SCHOOL-1",
            record("G-9", "Popy", "Ashwerth", "2016-03-07", null, "LS6 9ZZ")));
  }

  @Test
  void aDateWithDayAndMonthSwappedSharesTheSwappedDate() {
    assertTrue(
        share(
            AT_SCHOOL,
            "SCHOOL-1",
            record("G-9", "Poppy", "Ashworth", "2016-07-03", null, "LS1 1AA")));
  }

  @Test
  void aWrongDateSharesTheFamilyNameInTheDistrict() {
    assertTrue(
        share(
            AT_SCHOOL,
            "SCHOOL-1",
            record("G-9", "Poppy", "Ashworth", "2016-03-17", null, "LS6 4QQ")));
  }

  @Test
  void aDifferentDateAndDistrictSharesTheNhsNumber() {
    FeedRecord withNhs = record("S-1", "Poppy", "Ashworth", "2016-03-07", "9434765919", "LS6 2AB");
    assertTrue(
        share(
            withNhs,
            "SCHOOL-1",
            record("G-9", "Pat", "Smith", "2015-01-20", "9434765919", "BD1 1AA")));
  }

  @Test
  void anUnrelatedChildElsewhereSharesNone() {
    assertFalse(
        share(
            AT_SCHOOL, "SCHOOL-1", record("G-9", "Wren", "Okafor", "2012-11-23", null, "BD7 1AA")));
  }

  @Test
  void anotherChildBornTheSameDayElsewhereSharesNone() {
    // The date alone is no block: the reads are a name with the date, or the date in a district.
    assertFalse(
        share(
            AT_SCHOOL, "SCHOOL-1", record("G-9", "Wren", "Okafor", "2016-03-07", null, "BD7 1AA")));
  }
}
