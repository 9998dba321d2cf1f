package uk.contactpoint.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import uk.contactpoint.accounts.control.TokenSecretCipher;
import uk.contactpoint.child.entity.NhsNumber;

/**
 * The whole demo data set: three sections, 5,000 children in households with schools, GP surgeries
 * and involvements, Kelly's story, two {@link ProtectedChildren protected children}, four {@link
 * LifecycleExamples records at the edges of the lifecycle} and the demo logins. A fixed seed makes
 * every load the same apart from dates, which follow the load day so that ages and "ended four
 * months ago" hold.
 */
public final class DemoDataset {

  /** The source code every demo fact carries. */
  public static final String SOURCE = "DEMO";

  public static final long SEED = 20_090_126L;
  public static final int CHILDREN = 5_000;

  /** What the run command prints so a first-time user can try Kelly's story. */
  public record Summary(int children, int sections, String kellyId, LocalDate kellysBirthDate) {}

  private DemoDataset() {}

  public static Summary build(
      LocalDate today, Instant now, TokenSecretCipher cipher, Consumer<Object> store) {
    Random random = new Random(SEED);
    List<DemoSection> sections = new ArrayList<>();
    for (DemoPlace place : DemoPlace.ALL) {
      sections.add(new DemoSection(place, random, store));
    }
    KellysStory.Cast cast = KellysStory.tell(sections.get(0), random, today, now, store);
    DemoAccounts.open(cast, sections.get(0), random, cipher, now, today, store);
    int children = 4;
    DemoFamilies families = new DemoFamilies(random, today, now, store);
    for (int i = 0; i < sections.size(); i++) {
      int share = (CHILDREN - children) / (sections.size() - i);
      children += families.populate(sections.get(i), share);
    }
    ProtectedChildren.add(sections.get(0), cast, today, now, store);
    children += ProtectedChildren.COUNT;
    LifecycleExamples.add(sections.get(0), today, now, store);
    children += LifecycleExamples.COUNT;
    return new Summary(
        children, sections.size(), cast.kelly().publicId(), cast.kelly().birthDate());
  }

  /** Opaque ids drawn from the seeded generator, so demo ids repeat from load to load. */
  static String publicId(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** A random NHS number with a valid check digit (stems whose check would be 10 are redrawn). */
  static NhsNumber nhsNumber(Random random) {
    while (true) {
      StringBuilder stem = new StringBuilder("9");
      for (int i = 0; i < 8; i++) {
        stem.append(random.nextInt(10));
      }
      for (int check = 0; check < 10; check++) {
        if (NhsNumber.isValid(stem.toString() + check)) {
          return NhsNumber.of(stem.toString() + check);
        }
      }
    }
  }
}
