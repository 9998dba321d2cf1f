package uk.contactpoint.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sources applied side by side, each in its lanes, write to chains of their own. */
class AuditChainTest {

  @Test
  void sourcesNumberedOneAfterAnotherDoNotShareChainsThroughTheirLanes() {
    for (String council : List.of("source:LEEDS-SIMS-", "source:BENCH-T1796643794FDS-")) {
      Set<String> chains = new HashSet<>();
      for (int source = 0; source < 4; source++) {
        for (int lane = 0; lane < 2; lane++) {
          chains.add(AuditChain.forSource(council + source, lane));
        }
      }
      assertEquals(8, chains.size(), council + "0…3, two lanes each: " + chains);
    }
  }

  @Test
  void aSourcesLanesAreChainsOfTheirOwn() {
    Set<String> lanes = new HashSet<>();
    for (int lane = 0; lane < 4; lane++) {
      lanes.add(AuditChain.forSource("source:SCHOOLS-MIS", lane));
    }
    assertEquals(4, lanes.size());
  }
}
