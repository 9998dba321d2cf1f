package uk.contactpoint.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's searches under random keys: what was typed never becomes the address. */
class RecentSearchesTest {

  private final RecentSearches searches = new RecentSearches();

  private static RecentSearches.SearchForm kelly() {
    return new RecentSearches.SearchForm("Kelly Mason", "27", "3", "2011", null, "LS27 9AB");
  }

  @Test
  void aSearchIsFoundAgainByItsKeyAndTheKeySaysNothingOfIt() {
    String key = searches.keep(kelly());
    assertTrue(key.matches("[A-Za-z0-9_-]{16}"), key);
    assertEquals(kelly(), searches.find(key).orElseThrow());
    assertFalse(searches.find("someone-elses-key").isPresent());
    assertFalse(searches.find(null).isPresent());
    assertEquals("SearchForm", kelly().toString(), "what was typed stays out of any log");
  }

  @Test
  void onlyTheLastTenAreKept() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < RecentSearches.KEPT + 1; i++) {
      keys.add(searches.keep(kelly()));
    }
    assertFalse(searches.find(keys.get(0)).isPresent(), "the oldest is gone");
    assertTrue(searches.find(keys.get(RecentSearches.KEPT)).isPresent());
    assertTrue(searches.find(keys.get(1)).isPresent());
  }
}
