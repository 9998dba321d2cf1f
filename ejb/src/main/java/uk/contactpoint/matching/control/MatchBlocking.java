package uk.contactpoint.matching.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.contactpoint.child.entity.NameKeys;
import uk.contactpoint.child.entity.Postcode;

/**
 * The blocks a record is compared within, so that it meets a handful of candidates rather than
 * every child: the name keys search uses (spelling, Double Metaphone, full forms of a nickname) of
 * any of its names, or a carer's full name, with its date of birth or the date with day and month
 * swapped; and the family name's keys with its postcode district (for a wrong date of birth). Both
 * are ranges of the indexes on child_search_key, the ones search reads (a carer's key is read by
 * matching only).
 */
public record MatchBlocking(
    Set<String> nameKeys, Set<String> familyKeys, List<LocalDate> birthDates, String district) {

  public static MatchBlocking of(MatchPerson person) {
    List<String> names = new ArrayList<>();
    names.add(person.given());
    names.add(person.family());
    person
        .formerNames()
        .forEach(
            other -> {
              names.add(other.given());
              names.add(other.family());
            });
    Set<String> nameKeys = NameKeys.keysOf(names);
    // A carer's name meets the child with the date of birth however far the child's own names have
    // drifted and wherever it has moved (the child's keys hold its carers' names too).
    person.carerNames().stream()
        .map(NameKeys::carerKey)
        .flatMap(java.util.Optional::stream)
        .forEach(nameKeys::add);
    Set<String> familyKeys = NameKeys.keysOf(List.of(person.family()));
    Set<LocalDate> births = new LinkedHashSet<>();
    births.add(person.birthDate());
    swapped(person.birthDate()).ifPresent(births::add);
    String district = Postcode.parse(person.postcode()).map(Postcode::district).orElse(null);
    return new MatchBlocking(nameKeys, familyKeys, List.copyOf(births), district);
  }

  /** 2014-03-07 gives 2014-07-03; none when the swap is no date or the same date. */
  static java.util.Optional<LocalDate> swapped(LocalDate date) {
    if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(
          LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
    } catch (java.time.DateTimeException e) {
      return java.util.Optional.empty();
    }
  }
}
