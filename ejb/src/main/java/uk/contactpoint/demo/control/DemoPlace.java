package uk.contactpoint.demo.control;

import java.util.List;
import java.util.Random;
import uk.contactpoint.child.entity.Address;
import uk.contactpoint.child.entity.AddressStatus;
import uk.contactpoint.child.entity.Postcode;

/** A demo local authority: its code, name, towns and postcode districts. */
record DemoPlace(String code, String name, List<String> towns, List<String> districts) {

  static final List<DemoPlace> ALL =
      List.of(
          new DemoPlace(
              "E08000035",
              "Leeds",
              List.of("Leeds", "Morley", "Otley", "Pudsey", "Wetherby"),
              List.of("LS1", "LS6", "LS8", "LS11", "LS12", "LS15", "LS21", "LS22", "LS27", "LS28")),
          new DemoPlace(
              "E08000025",
              "Birmingham",
              List.of("Birmingham", "Sutton Coldfield"),
              List.of("B5", "B8", "B10", "B13", "B17", "B23", "B29", "B33", "B72", "B75")),
          new DemoPlace(
              "E09000033",
              "Westminster",
              List.of("London"),
              List.of("W1", "W2", "W9", "SW1", "NW1", "NW8", "WC2")));

  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  Address randomAddress(Random random) {
    int town = random.nextInt(towns.size());
    String district = districts.get(random.nextInt(districts.size()));
    String postcode =
        district
            + " "
            + random.nextInt(10)
            + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
            + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    String line = (1 + random.nextInt(180)) + " " + DemoNames.uniform(DemoNames.STREETS, random);
    return Address.at(List.of(line), towns.get(town), Postcode.of(postcode), AddressStatus.CURRENT);
  }
}
