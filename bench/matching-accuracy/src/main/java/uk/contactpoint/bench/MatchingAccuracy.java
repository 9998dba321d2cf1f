package uk.contactpoint.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import uk.contactpoint.child.entity.Gender;
import uk.contactpoint.matching.control.MatchBlocking;
import uk.contactpoint.matching.control.MatchDecider;
import uk.contactpoint.matching.control.MatchPerson;
import uk.contactpoint.matching.control.MatchScorer;
import uk.contactpoint.matching.control.NameFrequencies;

/**
 * How well feed matching links records (DESIGN.md rule 10). Synthetic children with known truth
 * are held; each then arrives again as a feed record corrupted with docs/benchmarks.md's mix, and some
 * children arrive who are not held. The production scorer, blocking keys and decider
 * (ejb module: MatchScorer, MatchBlocking, MatchDecider) decide each record; blocks are looked up
 * in in-memory maps keyed exactly as the child_search_key indexes are, and an NHS number is a
 * trusted identifier as in FeedMatching. Reports precision, recall and the review share.
 *
 * <p>Usage: {@code --children N} (held, default 200,000), {@code --new N} (arrivals not held,
 * default a tenth), {@code --seed S}, {@code --flat} (flat name weights instead of the names'
 * frequencies among the held children, as production's NameFrequencyCache gives them).
 */
public final class MatchingAccuracy {

  private record Truth(int id, MatchPerson person) {}

  private final Random random;
  private final Names names;

  private final boolean flat;

  private MatchingAccuracy(long seed, boolean flat) {
    this.random = new Random(seed);
    this.names = new Names(random);
    this.flat = flat;
  }

  public static void main(String[] args) {
    int children = 200_000;
    int fresh = -1;
    long seed = 1;
    boolean flat = false;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals("--flat")) {
        flat = true;
        i--;
        continue;
      }
      switch (args[i]) {
        case "--children" -> children = Integer.parseInt(args[i + 1]);
        case "--new" -> fresh = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    new MatchingAccuracy(seed, flat).run(children, fresh < 0 ? children / 10 : fresh);
  }

  private void run(int heldCount, int freshCount) {
    long started = System.nanoTime();
    List<Truth> held = new ArrayList<>();
    while (held.size() < heldCount) {
      MatchPerson child = newChild();
      held.add(new Truth(held.size(), child));
      if (random.nextDouble() < 0.01 && held.size() < heldCount) {
        held.add(new Truth(held.size(), twinOf(child)));
      }
    }
    Index index = new Index(held);
    Counts counts = new Counts();
    for (Truth truth : held) {
      MatchPerson incoming = corrupt(truth.person());
      counts.blockingMet += index.candidates(MatchBlocking.of(incoming)).contains(truth.id()) ? 1 : 0;
      counts.add(true, truth.id(), decide(index, incoming));
    }
    for (int i = 0; i < freshCount; i++) {
      counts.add(false, -1, decide(index, corrupt(newChild())));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.println(counts.report(heldCount, freshCount, seconds));
  }

  private MatchDecider.Decision decide(Index index, MatchPerson incoming) {
    List<MatchDecider.Scored> scored = new ArrayList<>();
    for (int id : index.candidates(MatchBlocking.of(incoming))) {
      scored.add(new MatchDecider.Scored(id, String.valueOf(id), false, MatchScorer.compare(incoming, index.held.get(id).person(), frequencies(index))));
    }
    Optional<MatchDecider.Scored> trusted = Optional.ofNullable(incoming.nhsNumber()).map(index.byNhs::get)
        .map(id -> new MatchDecider.Scored(id, String.valueOf(id), false, MatchScorer.compare(incoming, index.held.get(id).person(), frequencies(index))));
    return MatchDecider.decide(scored, trusted, false);
  }

  /** As production's NameFrequencyCache: a token's share of the held children; a name of several tokens takes its rarest. */
  private NameFrequencies frequencies(Index index) {
    if (flat) {
      return NameFrequencies.FLAT;
    }
    return name -> {
      double share = 1;
      for (String token : name.split(" ")) {
        share = Math.min(share, index.tokenCounts.getOrDefault(token, 0) / (double) index.held.size());
      }
      return share;
    };
  }

  // ---- synthetic children ----

  private MatchPerson newChild() {
    Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    String given = names.given(gender);
    String family = names.family();
    LocalDate born = LocalDate.of(2026, 11, 25).minusDays(random.nextInt(18 * 365));
    return new MatchPerson(given, family, List.of(), born, gender, names.postcode(), names.nhsNumber(), names.carers(family));
  }

  /** Same surname, birth date and address; another given name; a gender of its own. */
  private MatchPerson twinOf(MatchPerson child) {
    Gender gender = random.nextBoolean() ? child.gender() : (child.gender() == Gender.FEMALE ? Gender.MALE : Gender.FEMALE);
    String given;
    do {
      given = names.given(gender);
    } while (given.equals(child.given()));
    return new MatchPerson(given, child.family(), List.of(), child.birthDate(), gender, child.postcode(), names.nhsNumber(),
        child.carerNames());
  }

  /** The corruption mix of docs/benchmarks.md, each independently per record. */
  private MatchPerson corrupt(MatchPerson p) {
    String given = p.given();
    String family = p.family();
    LocalDate born = p.birthDate();
    String postcode = p.postcode();
    if (random.nextDouble() < 0.15) {
      if (random.nextBoolean()) {
        given = typo(given);
      } else {
        family = typo(family);
      }
    }
    if (random.nextDouble() < 0.10) {
      given = names.nickname(given).orElse(given);
    }
    if (random.nextDouble() < 0.03 && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
      born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
    }
    if (random.nextDouble() < 0.20) {
      postcode = names.postcode();
    }
    if (random.nextDouble() < 0.10) {
      postcode = null;
    }
    String nhs = random.nextDouble() < 0.50 ? null : p.nhsNumber();
    // Carers: a source that sends none (15 %), or a keying error in one (5 %).
    List<String> carers = p.carerNames();
    if (random.nextDouble() < 0.15) {
      carers = List.of();
    } else if (!carers.isEmpty() && random.nextDouble() < 0.05) {
      List<String> changed = new ArrayList<>(carers);
      changed.set(0, typo(changed.get(0)));
      carers = changed;
    }
    if (random.nextDouble() < 0.02) {
      family = family + "-" + names.family();
    }
    return new MatchPerson(given, family, List.of(), born, p.gender(), postcode, nhs, carers);
  }

  /** One keying error: a letter changed, dropped, doubled or two swapped. */
  private String typo(String name) {
    if (name.length() < 3) {
      return name;
    }
    char[] letters = name.toCharArray();
    int at = 1 + random.nextInt(letters.length - 2);
    switch (random.nextInt(4)) {
      case 0 -> letters[at] = (char) ('a' + random.nextInt(26));
      case 1 -> {
        return name.substring(0, at) + name.substring(at + 1);
      }
      case 2 -> {
        return name.substring(0, at) + letters[at] + name.substring(at);
      }
      default -> {
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
      }
    }
    return new String(letters);
  }

  // ---- the blocks, keyed as child_search_key is ----

  private static final class Index {
    final List<Truth> held;
    final Map<String, List<Integer>> byKeyAndBirth = new HashMap<>();
    final Map<String, List<Integer>> byKeyAndDistrict = new HashMap<>();
    final Map<String, List<Integer>> byBirthAndDistrict = new HashMap<>();
    final Map<String, Integer> byNhs = new HashMap<>();
    final Map<String, Integer> tokenCounts = new HashMap<>();

    Index(List<Truth> held) {
      this.held = held;
      for (Truth truth : held) {
        MatchPerson p = truth.person();
        for (String token : new LinkedHashSet<>(uk.contactpoint.child.entity.NameKeys.tokens(p.given() + " " + p.family()))) {
          tokenCounts.merge(token, 1, Integer::sum);
        }
        MatchBlocking keys = MatchBlocking.of(p);
        for (String key : keys.nameKeys()) {
          byKeyAndBirth.computeIfAbsent(key + "|" + p.birthDate(), k -> new ArrayList<>()).add(truth.id());
          if (keys.district() != null) {
            byKeyAndDistrict.computeIfAbsent(key + "|" + keys.district(), k -> new ArrayList<>()).add(truth.id());
          }
        }
        if (keys.district() != null) {
          byBirthAndDistrict.computeIfAbsent(p.birthDate() + "|" + keys.district(), k -> new ArrayList<>()).add(truth.id());
        }
        byNhs.put(p.nhsNumber(), truth.id());
      }
    }

    /**
     * As MatchCandidates.inBlocks: name keys with the birth dates, family keys with the district,
     * the birth dates with the district; at most 60 per block.
     */
    Set<Integer> candidates(MatchBlocking blocking) {
      Set<Integer> found = new LinkedHashSet<>();
      List<Integer> first = new ArrayList<>();
      for (String key : blocking.nameKeys()) {
        for (LocalDate born : blocking.birthDates()) {
          first.addAll(byKeyAndBirth.getOrDefault(key + "|" + born, List.of()));
        }
      }
      first.stream().distinct().limit(60).forEach(found::add);
      if (blocking.district() != null) {
        List<Integer> second = new ArrayList<>();
        for (String key : blocking.familyKeys()) {
          second.addAll(byKeyAndDistrict.getOrDefault(key + "|" + blocking.district(), List.of()));
        }
        second.stream().distinct().limit(60).forEach(found::add);
        List<Integer> third = new ArrayList<>();
        for (LocalDate born : blocking.birthDates()) {
          third.addAll(byBirthAndDistrict.getOrDefault(born + "|" + blocking.district(), List.of()));
        }
        third.stream().distinct().limit(60).forEach(found::add);
      }
      return found;
    }
  }

  // ---- what came out ----

  private static final class Counts {
    long trueMatches;
    long correctLinks;
    long wrongLinks;
    long links;
    long reviews;
    long newWhenHeld;
    long freshLinked;
    long records;
    /** Held children's records whose child is among the candidates of their blocks (the NHS number aside). */
    long blockingMet;

    void add(boolean isHeld, int truthId, MatchDecider.Decision decision) {
      records++;
      if (isHeld) {
        trueMatches++;
      }
      switch (decision.verdict()) {
        case LINK -> {
          links++;
          int linked = (int) decision.chosen().orElseThrow().childId();
          if (isHeld && linked == truthId) {
            correctLinks++;
          } else {
            wrongLinks++;
            if (!isHeld) {
              freshLinked++;
            }
          }
        }
        case REVIEW -> reviews++;
        case NEW -> {
          if (isHeld) {
            newWhenHeld++;
          }
        }
      }
    }

    String report(int held, int fresh, double seconds) {
      double precision = links == 0 ? 1 : (double) correctLinks / links;
      double recall = (double) correctLinks / trueMatches;
      double review = (double) reviews / records;
      return String.format(Locale.ROOT, """
          held children %,d (1%% with a twin); arrivals %,d (%,d of held children, %,d not held); %.1f s
          automatic links %,d: correct %,d, wrong %,d (of which a child not held: %,d)
          reviews %,d; held children made new (duplicates) %,d
          precision %.4f %% (goal >= 99.9 %%)   recall %.3f %% (goal >= 99 %%)   review share %.3f %% (goal <= 2 %%)
          blocking recall %.3f %% (held children's records that meet their child in a block, without the NHS number)""",
          held, records, trueMatches, fresh, seconds, links, correctLinks, wrongLinks, freshLinked, reviews, newWhenHeld,
          precision * 100, recall * 100, review * 100, 100.0 * blockingMet / trueMatches);
    }
  }

  // ---- name pools: a few names take most draws, a long tail takes the rest ----

  private static final class Names {
    private static final List<String> GIRLS = List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie",
        "Sophia", "Grace", "Willow", "Freya", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna",
        "Sofia", "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Isabelle", "Eva",
        "Luna", "Jessica", "Aria", "Chloe", "Zara", "Maisie", "Layla", "Eliza", "Esme", "Imogen", "Hannah", "Georgia", "Amber", "Lucy",
        "Molly", "Aisha", "Fatima", "Maryam", "Priya", "Anaya", "Zofia", "Niamh", "Erin", "Elizabeth", "Katherine", "Rebecca",
        "Abigail", "Victoria", "Jennifer", "Margaret", "Samantha", "Alexandra", "Natalie");
    private static final List<String> BOYS = List.of("Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Harry", "Archie",
        "Jack", "Henry", "Charlie", "Freddie", "Theodore", "Thomas", "Finley", "Theo", "Alfie", "Jacob", "William", "Isaac", "Tommy",
        "Lucas", "Teddy", "Arlo", "Albie", "Roman", "Edward", "Joshua", "James", "Ezra", "Max", "Luca", "Reggie", "Alexander", "Adam",
        "Jaxon", "Mason", "Ronnie", "Harrison", "Elijah", "Rory", "Logan", "Ethan", "Louie", "Jude", "Daniel", "Benjamin", "Samuel",
        "Joseph", "Yusuf", "Ibrahim", "Ayaan", "Arjun", "Jakub", "Filip", "Liam", "Conor", "Callum", "Dylan", "Robert", "Michael",
        "Christopher", "Matthew", "Anthony", "Nicholas", "Richard", "Frederick");
    private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
        "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Morgan", "Moore",
        "Martin", "Price", "Hughes", "Turner", "Harris", "Allen", "Ali", "Hussain", "Begum", "Ahmed", "Shah", "Singh", "Kaur", "Nowak",
        "Kowalski", "Murphy", "OBrien", "Kelly", "Walsh", "Cooper", "Ward", "Morris", "King", "Baker", "Harrison", "Young", "Scott",
        "Bennett", "Lee", "Watson", "Carter", "Edwards", "Bailey", "Parker", "Collins", "Stewart", "Chapman", "Hill", "Knight",
        "Marshall", "Owen", "Shaw", "Lloyd", "Holmes", "Fisher", "Gray");
    private static final List<String> FRONTS = List.of("Ash", "Brad", "Brom", "Cal", "Craw", "Dal", "Elm", "Fair", "Gold", "Hal", "Hart",
        "Hol", "Kings", "Lang", "Lind", "Mar", "Mill", "Nor", "Oak", "Pen", "Rad", "Red", "Ros", "Shel", "Stan", "Stock", "Thorn",
        "Wal", "Wes", "Whit", "Wind", "Wood", "Ald", "Bel", "Car", "Dun", "Fen", "Gar", "Har", "Lock");
    private static final List<String> BACKS = List.of("ley", "ton", "worth", "field", "ford", "by", "wick", "more", "ham", "well",
        "bridge", "dale", "hurst", "ridge", "wood", "stone", "croft", "land", "ster", "son", "man", "ington", "combe", "thwaite");
    private static final List<String> SYLLABLES = List.of("a", "ba", "da", "el", "fi", "ka", "la", "li", "ma", "na", "ra", "sa", "ta",
        "vi", "za", "ri", "mo", "no", "lo", "ja", "ye", "ni", "sha", "ro");
    private static final List<String> DISTRICTS = List.of("LS1", "LS6", "LS8", "LS11", "LS12", "LS15", "LS21", "LS27", "B5", "B8",
        "B10", "B13", "B17", "B23", "W1", "W2", "NW1", "SW1", "M1", "M14", "L8", "S2", "NE4", "BS5", "NG7", "LE2", "CV1", "BD3");
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random;
    private final Map<String, List<String>> nicknames = new HashMap<>();

    Names(Random random) {
      this.random = random;
      // The short forms the system knows (persistence: child/entity/short-forms.txt), read the same way.
      try (var in = uk.contactpoint.child.entity.NameKeys.class.getResourceAsStream("short-forms.txt");
          var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
        reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
          String[] parts = line.split(":", 2);
          List<String> forms = new ArrayList<>();
          for (String form : parts[1].split(",")) {
            forms.add(capitalised(form.strip()));
          }
          nicknames.put(capitalised(parts[0].strip()), forms);
        });
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Half the draws from the common names (the first far likelier), half from a long tail. */
    String given(Gender gender) {
      if (random.nextDouble() < 0.7) {
        return zipf(gender == Gender.FEMALE ? GIRLS : BOYS);
      }
      StringBuilder name = new StringBuilder();
      int parts = 2 + random.nextInt(2);
      for (int i = 0; i < parts; i++) {
        name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
      }
      return capitalised(name.toString());
    }

    private static final List<String> MOTHERS = List.of("Sarah", "Emma", "Laura", "Rachel", "Claire", "Nicola", "Michelle", "Joanne",
        "Kirsty", "Amy", "Gemma", "Hayley", "Lisa", "Donna", "Stacey", "Leanne", "Natalie", "Kelly", "Zoe", "Charlotte", "Jade",
        "Amanda", "Victoria", "Samantha", "Rebecca", "Katie", "Hannah", "Aisha", "Fatima", "Agnieszka");
    private static final List<String> FATHERS = List.of("David", "Paul", "Mark", "Andrew", "Richard", "Daniel", "James", "Lee",
        "Craig", "Stephen", "Christopher", "Matthew", "Michael", "Adam", "Ryan", "Mohammed", "Imran", "Piotr", "Tomasz", "Gary");

    /** A mother (usually of the child's surname) and, for most, a father. */
    List<String> carers(String family) {
      List<String> carers = new ArrayList<>();
      carers.add(zipf(MOTHERS) + " " + (random.nextDouble() < 0.85 ? family : family()));
      if (random.nextDouble() < 0.6) {
        carers.add(zipf(FATHERS) + " " + family);
      }
      return carers;
    }

    String family() {
      if (random.nextDouble() < 0.35) {
        return zipf(FAMILY);
      }
      String made = FRONTS.get(random.nextInt(FRONTS.size())) + BACKS.get(random.nextInt(BACKS.size()));
      return random.nextDouble() < 0.5 ? made : made + SYLLABLES.get(random.nextInt(SYLLABLES.size())).replace("a", "e");
    }

    Optional<String> nickname(String given) {
      List<String> forms = nicknames.get(given);
      return forms == null ? Optional.empty() : Optional.of(forms.get(random.nextInt(forms.size())));
    }

    String postcode() {
      return DISTRICTS.get(random.nextInt(DISTRICTS.size())) + " " + random.nextInt(10) + INWARD.charAt(random.nextInt(INWARD.length()))
          + INWARD.charAt(random.nextInt(INWARD.length()));
    }

    String nhsNumber() {
      while (true) {
        String stem = String.valueOf(400_000_000L + (long) (random.nextDouble() * 500_000_000L));
        for (int check = 0; check < 10; check++) {
          if (uk.contactpoint.child.entity.NhsNumber.isValid(stem + check)) {
            return stem + check;
          }
        }
      }
    }

    private String zipf(List<String> pool) {
      // P(rank k) proportional to 1/k: the first name about 20 times likelier than the twentieth.
      double total = 0;
      for (int k = 1; k <= pool.size(); k++) {
        total += 1.0 / k;
      }
      double draw = random.nextDouble() * total;
      for (int k = 1; k <= pool.size(); k++) {
        draw -= 1.0 / k;
        if (draw <= 0) {
          return pool.get(k - 1);
        }
      }
      return pool.get(pool.size() - 1);
    }

    private static String capitalised(String upper) {
      return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }
  }
}
