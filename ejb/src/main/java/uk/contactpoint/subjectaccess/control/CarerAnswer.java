package uk.contactpoint.subjectaccess.control;

import static uk.contactpoint.subjectaccess.control.Answer.WITHHELD;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.subjectaccess.control.Answer.Line;
import uk.contactpoint.subjectaccess.control.Answer.Section;
import uk.contactpoint.subjectaccess.entity.SubjectAccessRequest;

/**
 * What the section's records hold about a parent or carer (DESIGN.md rule 11), when a request is
 * about one of them rather than the child; and which carer of a record a request names.
 */
@Dependent
public class CarerAnswer {

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Inject ShieldInvolvement shields;

  /**
   * Every entry of the request's section naming the same person — the same name and, beyond the
   * entry the request was made on, the same phone, e-mail or postcode (a namesake is someone else).
   * The children they are named with are shown by name and date of birth, unless a shield is
   * involved and the team has not decided to include it: the requester may be the person the shield
   * protects against (rule 5).
   */
  public Answer about(SubjectAccessRequest request) {
    Optional<ParentCarer> subject = request.carer();
    if (subject.isEmpty()) {
      return new Answer(
          List.of(
              new Section(
                  "What is held about you",
                  List.of(
                      new Line(
                          "Nothing",
                          "No record of this local authority names this person any more (parents are removed when a child turns 18)")))),
          false);
    }
    ParentCarer person = subject.get();
    List<ParentCarer> entries =
        em.createQuery(
                "SELECT p FROM ParentCarer p WHERE p.child.section = :section"
                    + " AND LOWER(p.fullName) = :name ORDER BY p.id",
                ParentCarer.class)
            .setParameter("section", request.section())
            .setParameter("name", person.fullName().toLowerCase(java.util.Locale.ROOT))
            .getResultStream()
            .filter(entry -> entry.equals(person) || samePerson(entry, person))
            .toList();
    boolean withheld = false;
    List<Section> sections = new ArrayList<>();
    for (ParentCarer entry : entries) {
      boolean protect = shields.aShieldIsInvolvedIn(entry.child()) && !request.includesShielded();
      withheld |= protect;
      sections.add(new Section("Named on a child's record", lines(entry, protect)));
    }
    return new Answer(sections, withheld);
  }

  /** The parent or carer of this record with this name (as the record spells it, any case). */
  public static ParentCarer carerNamed(Child child, String name) {
    return child.parentsCarers().stream()
        .filter(carer -> carer.fullName().equalsIgnoreCase(name.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                uk.contactpoint.shared.error.InvalidInputException.invalid(
                    "carerName",
                    "No parent or carer of that name is on this record: give the name as the record shows it"));
  }

  private static List<Line> lines(ParentCarer entry, boolean protect) {
    Child child = entry.child();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Name", entry.fullName()));
    lines.add(
        new Line(
            "Named as",
            entry.relationship().label()
                + " of "
                + (protect ? WITHHELD : child.name().fullName() + ", born " + child.birthDate())));
    lines.add(
        new Line(
            "Phone",
            protect
                ? WITHHELD
                : nothingIfNull(entry.contact() == null ? null : entry.contact().phone())));
    lines.add(
        new Line(
            "E-mail",
            protect
                ? WITHHELD
                : nothingIfNull(entry.contact() == null ? null : entry.contact().email())));
    lines.add(
        new Line(
            "Address",
            protect
                ? WITHHELD
                : entry.address() == null ? "none held" : Answer.describe(entry.address())));
    lines.add(
        new Line(
            "Source of these facts",
            protect
                ? WITHHELD
                : entry.provenance() == null
                    ? ""
                    : entry.provenance().source()
                        + ", "
                        + entry
                            .provenance()
                            .updatedAt()
                            .atZone(uk.contactpoint.shared.control.Clocks.LONDON)
                            .toLocalDate()));
    return lines;
  }

  private static boolean samePerson(ParentCarer entry, ParentCarer person) {
    return agree(phone(entry), phone(person))
        || agree(email(entry), email(person))
        || agree(
            entry.address() == null ? null : entry.address().postcode().orElse(null),
            person.address() == null ? null : person.address().postcode().orElse(null));
  }

  private static String phone(ParentCarer carer) {
    return carer.contact() == null ? null : carer.contact().phone();
  }

  private static String email(ParentCarer carer) {
    return carer.contact() == null ? null : carer.contact().email();
  }

  private static boolean agree(String one, String other) {
    return one != null
        && !one.isBlank()
        && one.replace(" ", "").equalsIgnoreCase(other == null ? "" : other.replace(" ", ""));
  }

  private static String nothingIfNull(String value) {
    return value == null || value.isBlank() ? "none held" : value;
  }
}
