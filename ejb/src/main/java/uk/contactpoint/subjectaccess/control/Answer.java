package uk.contactpoint.subjectaccess.control;

import java.util.List;
import uk.contactpoint.child.entity.Address;

/**
 * The body of a subject access answer: titled sections of labelled lines, the same for JSON and
 * PDF, and whether anything was withheld. The answer says that something is withheld, never what or
 * why (DESIGN.md rule 5).
 */
public record Answer(List<Section> sections, boolean somethingWithheld) {

  /** What stands in the answer where a value is withheld. */
  public static final String WITHHELD = "withheld";

  public record Section(String title, List<Line> lines) {}

  public record Line(String label, String value) {}

  /** An address in one line, with its status, as the answer gives it. */
  static String describe(Address address) {
    return String.join(", ", address.lines())
        + address.town().map(t -> ", " + t).orElse("")
        + address.postcode().map(p -> ", " + p).orElse("")
        + " ("
        + address.status()
        + ")";
  }
}
