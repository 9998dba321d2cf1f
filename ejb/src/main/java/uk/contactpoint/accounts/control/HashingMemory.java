package uk.contactpoint.accounts.control;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.Block;

/**
 * The memory Argon2id hashes work in, and how many of them run at once (docs/security.md, "Password
 * and PIN: one Argon2id hash").
 *
 * <p>A hash is lent a whole memory (its 1 KiB blocks, cleared) for its own use and gives it back
 * when done: one queue operation per hash. Bouncy Castle's own shared pool takes a lock for every
 * block, 19,456 times in and out per hash at the default cost, and with ten logins at once the
 * hashing threads queued on that lock for up to 105 ms.
 *
 * <p>No more hashes run at once than there are processors; further logins wait their turn, first
 * come first served. Running more at once would not finish any sooner (each hash is all CPU), and
 * each would need another memory: a burst of logins, or of guesses, could otherwise claim the heap
 * 19 MiB at a time. That bound is what this is for; logins measured no faster with it
 * (docs/benchmarks.md, "Login: a whole memory lent per hash").
 */
final class HashingMemory {

  /** Blocks Bouncy Castle's generator takes besides the memory itself (its working blocks). */
  private static final int WORKING_BLOCKS = 4;

  private final int blocksPerHash;
  private final Semaphore turns;
  private final ArrayBlockingQueue<Block[]> idle;

  /**
   * @param cost the cost whose memories are kept (hashes at another cost get memory of their own)
   * @param hashesAtOnce how many hashes may run together, and so how many memories are kept
   */
  HashingMemory(Argon2Cost cost, int hashesAtOnce) {
    this.blocksPerHash = memoryBlocks(cost) + WORKING_BLOCKS;
    this.turns = new Semaphore(hashesAtOnce, true);
    this.idle = new ArrayBlockingQueue<>(hashesAtOnce);
  }

  /** One turn per processor: a hash is all CPU. */
  static HashingMemory forThisMachine(Argon2Cost cost) {
    return new HashingMemory(cost, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** Runs one hash with a memory of its own, once fewer than the allowed number are running. */
  <T> T hash(Function<Argon2BytesGenerator.BlockPool, T> work) {
    turns.acquireUninterruptibly();
    try {
      Block[] memory = idle.poll();
      Lent lent = new Lent(memory != null ? memory : fresh());
      T result = work.apply(lent);
      if (lent.allBack()) {
        idle.offer(lent.blocks);
      }
      return result;
    } finally {
      turns.release();
    }
  }

  /** Memories kept for the next hashes: at most one per turn. */
  int idleMemories() {
    return idle.size();
  }

  private Block[] fresh() {
    Block[] blocks = new Block[blocksPerHash];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = new Block();
    }
    return blocks;
  }

  /** The blocks Bouncy Castle's generator makes for a cost (its own rounding to whole segments). */
  static int memoryBlocks(Argon2Cost cost) {
    int segments = 4 * cost.parallelism();
    int blocks = Math.max(cost.memoryKib(), 2 * segments);
    return blocks / segments * segments;
  }

  /**
   * One hash's memory, used by one thread only: a stack of blocks. Blocks come back cleared by the
   * generator (its memory) or not at all (its working blocks), so each is cleared again here: a
   * returned block holds nothing derived from the secrets. A hash that needs more than was lent (a
   * stored hash at a larger cost) gets new blocks beyond it, which are not kept.
   */
  private static final class Lent implements Argon2BytesGenerator.BlockPool {
    private final Block[] blocks;
    private int out;

    Lent(Block[] blocks) {
      this.blocks = blocks;
    }

    @Override
    public Block allocate() {
      return out < blocks.length ? blocks[out++] : new Block();
    }

    @Override
    public void deallocate(Block block) {
      block.clear();
      if (out > 0) {
        blocks[--out] = block;
      }
    }

    /** Every lent block returned: the memory can go to the next hash (else it is dropped). */
    boolean allBack() {
      return out == 0;
    }
  }
}
