package uk.contactpoint.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.contactpoint.shared.error.InvalidInputException;

class ReportPageTest {

  @Test
  void aPageIsARangeOfTheRecordsPositionsFromOne() {
    ReportPage third = ReportPage.of(3, 100, 1_000);
    assertEquals(200, third.from());
    assertEquals(300, third.to());
    ReportPage unnamed = ReportPage.of(null, null, 1_000);
    assertEquals(0, unnamed.from());
    assertEquals(1_000, unnamed.to(), "a source that names nothing gets the first, largest page");
  }

  @Test
  void aPageFarBeyondTheEndIsEmptyRatherThanWrappingAround() {
    ReportPage far = ReportPage.of(Integer.MAX_VALUE, 1_000, 1_000);
    assertEquals(Integer.MAX_VALUE, far.from());
    assertEquals(Integer.MAX_VALUE, far.to());
  }

  @Test
  void aPageBelowOneOrASizeOutsideTheRangeIsRefusedNamingIt() {
    assertTrue(named(refusal(0, null), "page"));
    assertTrue(named(refusal(null, 0), "size"));
    assertTrue(named(refusal(null, 1_001), "size"));
    assertEquals(1_000, ReportPage.of(null, 1_000, 1_000).size());
  }

  private static InvalidInputException refusal(Integer page, Integer size) {
    return assertThrows(InvalidInputException.class, () -> ReportPage.of(page, size, 1_000));
  }

  private static boolean named(InvalidInputException refused, String field) {
    return refused.errors().stream().anyMatch(e -> e.field().equals(field));
  }
}
