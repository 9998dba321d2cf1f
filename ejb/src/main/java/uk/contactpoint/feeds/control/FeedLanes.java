package uk.contactpoint.feeds.control;

import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.shared.control.Settings;

/**
 * A batch's records dealt into lanes that are applied side by side, so that a source's records
 * about one child keep the order they were sent in (the later one is the newer fact) while records
 * about different children, which have no order to keep, do not wait for each other. A source
 * numbers its children with its own {@code recordId}, so every record with the same one goes to the
 * same lane, in the batch's order. Two records of one child under different numbers (a source's own
 * duplicate) may meet in two lanes: that is the race of two sources on one child, settled the same
 * way (the new-child locks, the child's version).
 */
public final class FeedLanes {

  /**
   * Lanes per batch (CP_FEED_LANES): by default the machine's processors, at most four. One lane
   * applies a batch one set after another, as a source's single thread did.
   */
  static final int LANES =
      Settings.get("CP_FEED_LANES")
          .map(Integer::parseInt)
          .orElse(Math.min(4, Runtime.getRuntime().availableProcessors()));

  /** A stored record waiting for its outcome: its id and the source's number for its child. */
  public record Queued(long id, String recordRef) {}

  private FeedLanes() {}

  /**
   * The records in at most {@code lanes} lanes, each in the order given; a lane with nothing in it
   * is left out, and a batch too small to fill more than a set stays one lane.
   */
  static List<List<Long>> of(List<Queued> records, int lanes, int perSet) {
    int count = Math.max(1, Math.min(lanes, (records.size() + perSet - 1) / perSet));
    List<List<Long>> dealt = new ArrayList<>();
    for (int lane = 0; lane < count; lane++) {
      dealt.add(new ArrayList<>());
    }
    for (Queued record : records) {
      // A record without a number (refused before it had one) is a lane's by its id.
      int key =
          record.recordRef() == null ? Long.hashCode(record.id()) : record.recordRef().hashCode();
      dealt.get(Math.floorMod(spread(key), count)).add(record.id());
    }
    dealt.removeIf(List::isEmpty);
    return dealt;
  }

  /** Numbers like C-1, C-2 hash to neighbours: mixed, so consecutive ones fill the lanes evenly. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
