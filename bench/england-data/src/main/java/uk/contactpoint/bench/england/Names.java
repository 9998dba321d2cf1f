package uk.contactpoint.bench.england;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Name pools with a skewed frequency, as in the registers: a ranked list (real common names,
 * then made-up but plausible ones) drawn with Zipf-Mandelbrot weights 1/(rank + q), plus a long
 * tail of rarer made-up names drawn uniformly. With the weights below "Smith" is about 1.2 % of
 * children and the top 100 surnames about 30 %; the most common girl's and boy's names about
 * 1 % of their sex. The pools hold a few thousand distinct names each, the tails tens of
 * thousands.
 */
final class Names {

  private static final List<String> GIRLS = List.of(
      "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow", "Freya",
      "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Sofia", "Daisy", "Phoebe",
      "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Isabelle", "Eva", "Luna", "Jessica", "Aria",
      "Chloe", "Zara", "Maisie", "Layla", "Eliza", "Esme", "Imogen", "Hannah", "Georgia", "Amber", "Lucy", "Molly", "Aisha",
      "Fatima", "Maryam", "Hafsa", "Priya", "Anaya", "Zofia", "Oliwia", "Niamh", "Erin", "Elizabeth", "Katherine", "Rebecca",
      "Abigail", "Victoria", "Jennifer", "Margaret", "Samantha", "Alexandra", "Natalie", "Holly", "Megan", "Lauren", "Ellie",
      "Scarlett", "Harriet", "Beatrice", "Penelope", "Aurora", "Hallie", "Bonnie", "Nancy", "Thea", "Violet", "Iris", "Olive",
      "Mabel", "Edith", "Martha", "Lottie", "Ada", "Robyn", "Jasmine", "Leah", "Paige", "Summer", "Bethany", "Courtney", "Caitlin",
      "Nadia", "Amira", "Inaya", "Mariam", "Khadija", "Zainab", "Hana", "Amna", "Simran", "Gurleen", "Julia", "Lena", "Hanna");

  private static final List<String> BOYS = List.of(
      "Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Harry", "Archie", "Jack", "Henry", "Charlie", "Freddie",
      "Theodore", "Thomas", "Finley", "Theo", "Alfie", "Jacob", "William", "Isaac", "Tommy", "Lucas", "Teddy", "Arlo", "Albie",
      "Roman", "Edward", "Joshua", "James", "Ezra", "Max", "Luca", "Reggie", "Alexander", "Adam", "Jaxon", "Mason", "Ronnie",
      "Harrison", "Elijah", "Rory", "Logan", "Ethan", "Louie", "Jude", "Daniel", "Benjamin", "Samuel", "Joseph", "Yusuf",
      "Ibrahim", "Ayaan", "Arjun", "Jakub", "Filip", "Liam", "Conor", "Callum", "Dylan", "Robert", "Michael", "Christopher",
      "Matthew", "Anthony", "Nicholas", "Richard", "Frederick", "Jayden", "Tyler", "Kai", "Riley", "Bobby", "Frankie", "Hugo",
      "Sebastian", "Stanley", "Jenson", "Carter", "Louis", "Toby", "Jamie", "Connor", "Kieran", "Bradley", "Ryan", "Lewis",
      "Aaron", "Nathan", "Owen", "Zachary", "Caleb", "Gabriel", "Elliot", "Ali", "Omar", "Hamza", "Zayn", "Aryan", "Rohan",
      "Harjit", "Mateusz", "Szymon", "Kacper", "Oskar", "Cian", "Sean", "Patrick", "Aidan", "David", "Stephen", "Peter");

  private static final List<String> FAMILY = List.of(
      "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
      "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
      "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
      "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
      "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
      "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster",
      "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
      "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray",
      "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
      "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole",
      "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "OBrien", "Watts", "Rose", "Booth", "Perry", "Ryan",
      "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter",
      "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland",
      "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah",
      "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd",
      "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
      "Robson", "Curtis", "Hopkins", "OConnor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "ONeill",
      "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan",
      "Hutchinson", "Rahman", "Miah", "Islam", "Akhtar", "Iqbal", "Mahmood", "Sharma", "Kumar", "Nowak", "Kowalski", "Wisniewski",
      "Nguyen", "Chen", "Wang", "Okafor", "Adeyemi", "Mensah", "Osei", "Ibrahim", "Mohamed", "Hassan", "Yilmaz", "Popescu");

  private static final List<String> FRONTS = List.of("Ash", "Brad", "Brom", "Cal", "Craw", "Dal", "Elm", "Fair", "Gold", "Hal",
      "Hart", "Hol", "Kings", "Lang", "Lind", "Mar", "Mill", "Nor", "Oak", "Pen", "Rad", "Red", "Ros", "Shel", "Stan", "Stock",
      "Thorn", "Wal", "Wes", "Whit", "Wind", "Wood", "Ald", "Bel", "Car", "Dun", "Fen", "Gar", "Har", "Lock", "Mor", "Ship",
      "Black", "Brook", "Cliff", "Green", "Hay", "Mid", "New", "South", "North", "East", "Birch", "Ched", "Clay", "Cot");
  private static final List<String> BACKS = List.of("ley", "ton", "worth", "field", "ford", "by", "wick", "more", "ham", "well",
      "bridge", "dale", "hurst", "ridge", "wood", "stone", "croft", "land", "ster", "son", "man", "ington", "combe", "thwaite",
      "bury", "den", "hall", "holme", "shaw", "well", "low", "cott", "stead", "burn", "gate", "ing");
  private static final List<String> SYLLABLES = List.of("a", "ba", "da", "el", "fi", "ka", "la", "li", "ma", "na", "ra", "sa",
      "ta", "vi", "za", "ri", "mo", "no", "lo", "ja", "ye", "ni", "sha", "ro", "en", "ar", "is", "ke", "te", "lu");
  static final List<String> STREETS = List.of("Church Street", "Station Road", "Victoria Road", "Park Avenue", "Mill Lane",
      "Green Lane", "Manor Road", "Queen Street", "King Street", "Highfield Road", "The Crescent", "Grange Road", "Albert Street",
      "Springfield Road", "Chapel Lane", "Westfield Avenue", "Moor Lane", "Oak Drive", "High Street", "School Lane",
      "New Road", "North Street", "South Street", "London Road", "York Road", "Windsor Road", "Richmond Road", "Stanley Road",
      "Mill Road", "Kings Road", "Queens Road", "The Avenue", "Broadway", "Meadow Way", "Orchard Close", "Beech Grove",
      "Willow Close", "Elm Road", "Cedar Avenue", "Ash Grove", "Rectory Lane", "Hill Street", "Bridge Street", "Water Lane",
      "Forest Road", "Cross Street", "Alexandra Road", "George Street", "Main Street", "St John's Road");
  private static final List<String> MOTHERS = List.of("Sarah", "Emma", "Laura", "Rachel", "Claire", "Nicola", "Michelle",
      "Joanne", "Kirsty", "Amy", "Gemma", "Hayley", "Lisa", "Donna", "Stacey", "Leanne", "Natalie", "Kelly", "Zoe", "Charlotte",
      "Jade", "Amanda", "Victoria", "Samantha", "Rebecca", "Katie", "Hannah", "Aisha", "Fatima", "Agnieszka", "Shazia", "Helen",
      "Louise", "Jennifer", "Kerry", "Danielle", "Lucy", "Sophie", "Jessica", "Naomi");
  private static final List<String> FATHERS = List.of("David", "Paul", "Mark", "Andrew", "Richard", "Daniel", "James", "Lee",
      "Craig", "Stephen", "Christopher", "Matthew", "Michael", "Adam", "Ryan", "Mohammed", "Imran", "Piotr", "Tomasz", "Gary",
      "Darren", "Jason", "Simon", "Thomas", "Robert", "John", "Kevin", "Scott", "Ben", "Luke");

  private final Random random;
  private final List<String> family;
  private final List<String> girls;
  private final List<String> boys;
  private final double[] familyCumulative;
  private final double[] girlsCumulative;
  private final double[] boysCumulative;

  Names(Random random) {
    this.random = random;
    // Ranked surnames: the real ones first, then made-up compounds (Ashley, Bradford, ...).
    Set<String> surnames = new LinkedHashSet<>(FAMILY);
    for (String front : FRONTS) {
      for (String back : BACKS) {
        surnames.add(front + back);
      }
    }
    this.family = List.copyOf(surnames);
    this.girls = withMadeUp(GIRLS, new Random(random.nextLong()), 1_500);
    this.boys = withMadeUp(BOYS, new Random(random.nextLong()), 1_500);
    this.familyCumulative = zipfMandelbrot(family.size(), 12);
    this.girlsCumulative = zipfMandelbrot(girls.size(), 20);
    this.boysCumulative = zipfMandelbrot(boys.size(), 20);
  }

  int surnamePool() {
    return family.size();
  }

  int givenPool() {
    return girls.size() + boys.size();
  }

  /** 70 % from the ranked surnames, 30 % from a long tail of about 60,000 rarer made-up ones. */
  String family() {
    if (random.nextDouble() < 0.70) {
      return family.get(draw(familyCumulative));
    }
    return FRONTS.get(random.nextInt(FRONTS.size())) + BACKS.get(random.nextInt(BACKS.size()))
        + SYLLABLES.get(random.nextInt(SYLLABLES.size())).replace('a', 'e');
  }

  /** 85 % from the ranked pool of the child's sex, 15 % a rare made-up name. */
  String given(boolean girl) {
    if (random.nextDouble() < 0.85) {
      return girl ? girls.get(draw(girlsCumulative)) : boys.get(draw(boysCumulative));
    }
    return madeUp(random, 2 + random.nextInt(2));
  }

  String mother() {
    return MOTHERS.get(draw(zipfMandelbrotCached(MOTHERS.size())));
  }

  String father() {
    return FATHERS.get(draw(zipfMandelbrotCached(FATHERS.size())));
  }

  String street() {
    return STREETS.get(random.nextInt(STREETS.size()));
  }

  private double[] mothersCumulative;
  private double[] fathersCumulative;

  private double[] zipfMandelbrotCached(int size) {
    if (size == MOTHERS.size()) {
      return mothersCumulative == null ? mothersCumulative = zipfMandelbrot(size, 5) : mothersCumulative;
    }
    return fathersCumulative == null ? fathersCumulative = zipfMandelbrot(size, 5) : fathersCumulative;
  }

  private int draw(double[] cumulative) {
    double u = random.nextDouble();
    int index = java.util.Arrays.binarySearch(cumulative, u);
    index = index >= 0 ? index : -index - 1;
    return Math.min(index, cumulative.length - 1);
  }

  /** Cumulative weights 1/(k + q), k = 1..n, normalised to end at 1. */
  private static double[] zipfMandelbrot(int n, double q) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1.0 / (k + q);
      cumulative[k - 1] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
    return cumulative;
  }

  private static List<String> withMadeUp(List<String> real, Random random, int extra) {
    Set<String> names = new LinkedHashSet<>(real);
    while (names.size() < real.size() + extra) {
      names.add(madeUp(random, 2 + random.nextInt(2)));
    }
    return List.copyOf(names);
  }

  private static String madeUp(Random random, int syllables) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
    }
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** How many distinct names of each pool a run may use; printed with the results. */
  String describe() {
    return family.size() + " ranked surnames (+ about " + FRONTS.size() * BACKS.size() * SYLLABLES.size()
        + " rarer made-up ones), " + girls.size() + " girls' and " + boys.size() + " boys' given names (+ made-up rare ones)";
  }
}
