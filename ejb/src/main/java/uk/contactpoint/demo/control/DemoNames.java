package uk.contactpoint.demo.control;

import java.util.List;
import java.util.Random;

/**
 * Name pools for synthetic children, drawn so that common names are common (a few names take
 * most draws), as in real birth registers. Kelly and names that sound like it are left out,
 * so that Kelly's story is the only "Kelly" a demo search meets.
 */
final class DemoNames {

  static final List<String> GIRLS = List.of(
      "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
      "Grace", "Willow", "Freya", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte",
      "Evelyn", "Sienna", "Sofia", "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby",
      "Emilia", "Maya", "Millie", "Isabelle", "Eva", "Luna", "Jessica", "Aria", "Chloe", "Zara",
      "Maisie", "Layla", "Eliza", "Esme", "Imogen", "Hannah", "Georgia", "Amber", "Lucy", "Molly",
      "Aisha", "Fatima", "Maryam", "Hafsa", "Priya", "Anaya", "Zofia", "Oliwia", "Niamh", "Erin");

  static final List<String> BOYS = List.of(
      "Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Harry", "Archie", "Jack",
      "Henry", "Charlie", "Freddie", "Theodore", "Thomas", "Finley", "Theo", "Alfie", "Jacob", "William",
      "Isaac", "Tommy", "Lucas", "Teddy", "Arlo", "Albie", "Roman", "Edward", "Joshua", "James",
      "Ezra", "Max", "Luca", "Reggie", "Alexander", "Adam", "Jaxon", "Mason", "Ronnie", "Harrison",
      "Elijah", "Rory", "Logan", "Ethan", "Louie", "Jude", "Daniel", "Benjamin", "Samuel", "Joseph",
      "Yusuf", "Ibrahim", "Ayaan", "Arjun", "Jakub", "Filip", "Liam", "Conor", "Callum", "Dylan");

  static final List<String> FAMILY = List.of(
      "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
      "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
      "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez",
      "Cox", "Alexander", "Morgan", "Moore", "Martin", "Price", "Hughes", "Turner", "Harris", "Allen",
      "Ali", "Hussain", "Begum", "Ahmed", "Shah", "Singh", "Kaur", "Nowak", "Kowalski", "Murphy",
      "O'Brien", "Kelly", "Walsh", "Cooper", "Ward", "Morris", "King", "Baker", "Harrison", "Young",
      "Scott", "Bennett", "Lee", "Watson", "Carter", "Edwards", "Bailey", "Parker", "Collins", "Stewart",
      "Chapman", "Hill", "Knight", "Marshall", "Owen", "Shaw", "Lloyd", "Holmes", "Fisher", "Gray");

  static final List<String> ADULT_GIVEN = List.of(
      "Sarah", "Emma", "Laura", "Rachel", "Claire", "Nicola", "Michelle", "Joanne", "Kirsty", "Amy",
      "Zainab", "Shazia", "Agnieszka", "Helen", "Lisa", "Gemma", "Hayley", "Stacey", "Donna", "Natalie",
      "Mark", "Paul", "Andrew", "David", "Richard", "Darren", "Craig", "Lee", "Imran", "Tomasz");

  static final List<String> STREETS = List.of(
      "Church Street", "Station Road", "Victoria Road", "Park Avenue", "Mill Lane", "Green Lane",
      "Manor Road", "Queen Street", "King Street", "Highfield Road", "The Crescent", "Grange Road",
      "Albert Street", "Springfield Road", "Chapel Lane", "Westfield Avenue", "Moor Lane", "Oak Drive");

  private DemoNames() {}

  /** Skewed draw: index 0 is the most common name. */
  static String pick(List<String> pool, Random random) {
    double r = random.nextDouble();
    return pool.get((int) (pool.size() * r * r));
  }

  static String uniform(List<String> pool, Random random) {
    return pool.get(random.nextInt(pool.size()));
  }
}
