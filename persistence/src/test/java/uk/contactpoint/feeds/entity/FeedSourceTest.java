package uk.contactpoint.feeds.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.contactpoint.section.entity.LocalAuthoritySection;

class FeedSourceTest {

  @Test
  void aNewSourceIsOnTrialAndBelongsToItsSection() {
    LocalAuthoritySection leeds = new LocalAuthoritySection("E08000035", "Leeds");
    FeedSource source = new FeedSource("EDU-LEEDS", leeds);
    assertEquals(FeedSource.Status.TRIAL, source.status());
    assertEquals(leeds, source.section().orElseThrow());
  }

  @Test
  void aSourceWithoutASectionIsNational() {
    assertTrue(new FeedSource("HEALTH-TRUST", null).section().isEmpty());
  }

  @Test
  void aSourceHasACode() {
    assertThrows(IllegalArgumentException.class, () -> new FeedSource(" ", null));
  }

  @Test
  void itsDescriptionNamesIdsOnly() {
    String text =
        new FeedSource("EDU-LEEDS", new LocalAuthoritySection("E08000035", "Leeds")).toString();
    assertTrue(!text.contains("Leeds") && !text.contains("EDU-LEEDS"), text);
  }
}
