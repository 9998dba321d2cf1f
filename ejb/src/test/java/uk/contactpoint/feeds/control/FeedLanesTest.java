package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A batch dealt into lanes keeps every child's records in one lane, in the order sent, loses and
 * repeats none, and fills the lanes evenly enough that they are worth running side by side.
 */
class FeedLanesTest {

  private static List<FeedLanes.Queued> batch(int records, int children) {
    return IntStream.range(0, records)
        .mapToObj(i -> new FeedLanes.Queued(1_000 + i, "C-" + (i % children)))
        .toList();
  }

  @Test
  void everyChildsRecordsStayInOneLaneInTheOrderSent() {
    List<FeedLanes.Queued> sent = batch(1_000, 300);
    List<List<Long>> lanes = FeedLanes.of(sent, 4, 100);

    Map<String, Integer> laneOfChild = new HashMap<>();
    for (int lane = 0; lane < lanes.size(); lane++) {
      long previous = Long.MIN_VALUE;
      for (long id : lanes.get(lane)) {
        assertTrue(id > previous, "lane " + lane + " keeps the order sent");
        previous = id;
        String child = sent.get((int) (id - 1_000)).recordRef();
        Integer before = laneOfChild.putIfAbsent(child, lane);
        assertTrue(before == null || before == lane, child + " in one lane only");
      }
    }
    List<Long> all = new ArrayList<>();
    lanes.forEach(all::addAll);
    all.sort(null);
    assertEquals(sent.stream().map(FeedLanes.Queued::id).toList(), all, "none lost or repeated");
  }

  @Test
  void consecutiveNumbersFillTheLanesEvenly() {
    List<List<Long>> lanes = FeedLanes.of(batch(10_000, 10_000), 4, 100);
    assertEquals(4, lanes.size());
    lanes.forEach(lane -> assertTrue(lane.size() > 2_000, "a lane of " + lane.size()));
  }

  @Test
  void aBatchOfOneSetIsOneLane() {
    assertEquals(1, FeedLanes.of(batch(100, 100), 4, 100).size());
    assertEquals(2, FeedLanes.of(batch(101, 101), 4, 100).size());
    assertEquals(1, FeedLanes.of(batch(500, 500), 1, 100).size());
  }

  @Test
  void aRecordWithoutANumberGoesByItsId() {
    List<FeedLanes.Queued> sent =
        List.of(new FeedLanes.Queued(1, null), new FeedLanes.Queued(2, null));
    List<Long> dealt = new ArrayList<>();
    FeedLanes.of(sent, 2, 1).forEach(dealt::addAll);
    dealt.sort(null);
    assertEquals(List.of(1L, 2L), dealt);
  }

  @Test
  void inServiceEverySetIsGrantedWhole() {
    FeedPause.Budget budget = new FeedPause.Budget();
    for (int set = 0; set < 1_000; set++) {
      assertEquals(100, budget.take(100));
    }
  }

  @Test
  void theCrashTestsBudgetIsTheBatchsNotEachLanes() throws InterruptedException {
    FeedPause.Budget budget = new FeedPause.Budget(250);
    assertEquals(100, budget.take(100));
    assertEquals(100, budget.take(100));
    assertEquals(50, budget.take(100), "the last set is cut to what is left");
    assertEquals(0, budget.take(100), "then every lane holds");

    FeedPause.Budget shared = new FeedPause.Budget(300);
    AtomicInteger granted = new AtomicInteger();
    List<Thread> lanes = new ArrayList<>();
    for (int lane = 0; lane < 4; lane++) {
      Thread thread =
          new Thread(
              () -> {
                for (int got = shared.take(7); got > 0; got = shared.take(7)) {
                  granted.addAndGet(got);
                }
              });
      thread.start();
      lanes.add(thread);
    }
    for (Thread lane : lanes) {
      lane.join();
    }
    assertEquals(300, granted.get(), "four lanes together are granted the batch's 300");
  }
}
