package uk.contactpoint.bench.england;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * Dates of birth of the children held: ages 0 to 17 on {@code today}, each birth year weighted
 * by the live births registered in England and Wales that year (thousands, rounded; the
 * cohorts of the early 2010s are about a fifth larger than today's), and within a year a mild
 * season (most births in late September, fewest in late winter).
 */
final class Ages {

  private static final Map<Integer, Integer> BIRTHS = Map.ofEntries(
      Map.entry(2005, 646), Map.entry(2006, 669), Map.entry(2007, 690), Map.entry(2008, 708), Map.entry(2009, 706),
      Map.entry(2010, 723), Map.entry(2011, 724), Map.entry(2012, 730), Map.entry(2013, 698), Map.entry(2014, 696),
      Map.entry(2015, 697), Map.entry(2016, 696), Map.entry(2017, 679), Map.entry(2018, 657), Map.entry(2019, 641),
      Map.entry(2020, 614), Map.entry(2021, 625), Map.entry(2022, 605), Map.entry(2023, 591), Map.entry(2024, 594),
      Map.entry(2025, 590), Map.entry(2026, 585), Map.entry(2027, 585));

  private final LocalDate today;
  private final Random random;
  private final double[] cumulative = new double[18];

  Ages(LocalDate today, Random random) {
    this.today = today;
    this.random = random;
    double sum = 0;
    for (int age = 0; age < 18; age++) {
      sum += BIRTHS.getOrDefault(today.getYear() - age, 600);
      cumulative[age] = sum;
    }
    for (int age = 0; age < 18; age++) {
      cumulative[age] /= sum;
    }
  }

  /** A date of birth of a child aged 0 to 17 today. */
  LocalDate birthDate() {
    double u = random.nextDouble();
    int age = 0;
    while (age < 17 && cumulative[age] < u) {
      age++;
    }
    // The children aged `age` were born in the year up to today minus age years.
    LocalDate latest = today.minusYears(age);
    LocalDate earliest = today.minusYears(age + 1).plusDays(1);
    int span = (int) (latest.toEpochDay() - earliest.toEpochDay()) + 1;
    while (true) {
      LocalDate born = earliest.plusDays(random.nextInt(span));
      double season = 1 + 0.08 * Math.cos(2 * Math.PI * (born.getDayOfYear() - 268) / 365.25);
      if (random.nextDouble() * 1.08 < season) {
        return born;
      }
    }
  }
}
