package uk.contactpoint.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.Block;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.BlockPool;
import org.junit.jupiter.api.Test;

class HashingMemoryTest {

  private static final Argon2Cost SMALL = new Argon2Cost(64, 1, 1);

  @Test
  void theMemoryOfAFinishedHashIsLentToTheNext() {
    HashingMemory memory = new HashingMemory(SMALL, 2);
    Block first = memory.hash(HashingMemoryTest::useAllAndGiveBack);
    assertEquals(1, memory.idleMemories());
    Block second = memory.hash(HashingMemoryTest::useAllAndGiveBack);
    assertSame(first, second, "the same blocks, not new ones");
    assertEquals(1, memory.idleMemories());
  }

  @Test
  void aHashThatDoesNotGiveEveryBlockBackKeepsNothingAndFreesItsTurn() {
    HashingMemory memory = new HashingMemory(SMALL, 1);
    assertThrows(
        IllegalStateException.class,
        () ->
            memory.hash(
                pool -> {
                  pool.allocate();
                  throw new IllegalStateException("failed mid-hash");
                }));
    assertEquals(0, memory.idleMemories());
    Block next = memory.hash(HashingMemoryTest::useAllAndGiveBack);
    assertEquals(1, memory.idleMemories(), "the only turn was given back");
    assertNotNull(next);
  }

  @Test
  void aHashNeedingMoreThanItWasLentGetsNewBlocksAndTheMemoryIsStillKept() {
    HashingMemory memory = new HashingMemory(SMALL, 1);
    int lent = HashingMemory.memoryBlocks(SMALL) + 4;
    memory.hash(
        pool -> {
          List<Block> taken = new ArrayList<>();
          for (int i = 0; i < lent * 2; i++) {
            taken.add(pool.allocate());
          }
          assertEquals(lent * 2, taken.stream().distinct().count(), "every block its own");
          taken.forEach(pool::deallocate);
          return null;
        });
    assertEquals(1, memory.idleMemories());
  }

  @Test
  void noMoreHashesRunAtOnceThanItHasTurns() throws Exception {
    HashingMemory memory = new HashingMemory(SMALL, 2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch allStarted = new CountDownLatch(6);
    CyclicBarrier pairs = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<Block>> hashes = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        hashes.add(
            threads.submit(
                () -> {
                  allStarted.countDown();
                  return memory.hash(
                      pool -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        // Two at a time meet here: were there one turn only, this would time out.
                        meet(pairs);
                        // Time for a third to come in, were the bound broken.
                        sleep(20);
                        running.decrementAndGet();
                        return useAllAndGiveBack(pool);
                      });
                }));
      }
      assertTrue(allStarted.await(5, TimeUnit.SECONDS));
      for (Future<Block> hash : hashes) {
        hash.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(2, most.get(), "two turns: never more than two at once, and both used");
    assertEquals(2, memory.idleMemories(), "one memory kept per turn, no more");
  }

  @Test
  void theBlocksOfACostAreBouncyCastlesWholeSegments() {
    assertEquals(19_456, HashingMemory.memoryBlocks(Argon2Cost.OWASP_19_MIB));
    assertEquals(64, HashingMemory.memoryBlocks(new Argon2Cost(66, 1, 1)));
    assertEquals(16, HashingMemory.memoryBlocks(new Argon2Cost(16, 1, 2)));
  }

  /** Takes every block lent, gives them all back, and names the first. */
  private static Block useAllAndGiveBack(BlockPool pool) {
    int lent = HashingMemory.memoryBlocks(SMALL) + 4;
    List<Block> taken = new ArrayList<>();
    for (int i = 0; i < lent; i++) {
      taken.add(pool.allocate());
    }
    Block first = taken.get(0);
    for (int i = taken.size() - 1; i >= 0; i--) {
      pool.deallocate(taken.get(i));
    }
    return first;
  }

  private static void meet(CyclicBarrier pairs) {
    try {
      pairs.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      throw new IllegalStateException("two hashes never ran at once", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
