package uk.contactpoint.bench.england;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 153 local authorities with children's services (sections.txt): ONS-style codes, a weight
 * for the share of children, their postcode areas and towns. Each gets postcode districts in
 * proportion to its children (about 2,300 in England), numbered within its areas so that two
 * authorities sharing an area (Birmingham, Sandwell and Solihull in B) never share a district.
 */
final class Places {

  /** Roughly the number of postcode districts holding England's children. */
  static final int ENGLAND_DISTRICTS = 2_300;

  record Place(int index, String code, String name, List<String> areas, double weight, List<String> towns) {}

  private Places() {}

  static List<Place> load() {
    List<Place> places = new ArrayList<>();
    try (var in = Places.class.getResourceAsStream("sections.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line : reader.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        List<String> towns = f[4].isBlank() ? List.of(f[1]) : List.of(f[4].split(","));
        places.add(new Place(places.size(), f[0], f[1], List.of(f[2].split(",")), Double.parseDouble(f[3]), towns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return places;
  }

  /** Each place's districts, e.g. LS1..LS34 for Leeds; at least two per place. */
  static List<List<String>> districts(List<Place> places) {
    double total = places.stream().mapToDouble(Place::weight).sum();
    Map<String, Integer> next = new HashMap<>();
    List<List<String>> all = new ArrayList<>();
    for (Place place : places) {
      int count = Math.max(2, (int) Math.round(ENGLAND_DISTRICTS * place.weight() / total));
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String area = place.areas().get(i % place.areas().size());
        int number = next.merge(area, 1, Integer::sum);
        mine.add(district(area, number));
      }
      all.add(mine);
    }
    return all;
  }

  /** LS1..LS99, then LS1A..LS9Z: always a valid outward code of at most four characters. */
  private static String district(String area, int number) {
    if (number <= 99) {
      return area + number;
    }
    int beyond = number - 100;
    if (area.length() > 1 || beyond >= 9 * 26) {
      // Two-letter areas have room for 99 districts; no area here needs more.
      throw new IllegalStateException("Too many districts in postcode area " + area);
    }
    return area + (1 + beyond / 26) + (char) ('A' + beyond % 26);
  }
}
