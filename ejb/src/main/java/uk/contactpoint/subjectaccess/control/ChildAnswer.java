package uk.contactpoint.subjectaccess.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ChildIdentifier;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.child.entity.PastAddress;
import uk.contactpoint.involvement.control.ChildInvolvements;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.subjectaccess.control.Answer.Line;
import uk.contactpoint.subjectaccess.control.Answer.Section;

/**
 * Everything held about a child (DESIGN.md rule 11): the record, the names and addresses held
 * before, its parents and carers, who works or worked with it, and who has looked at it. Where a
 * shield is involved its details are withheld unless the team recorded a decision to include them
 * (rule 5), and a sensitive service is not named (rule 6).
 */
@Dependent
public class ChildAnswer {

  @Inject ChildInvolvements childInvolvements;
  @Inject ShieldInvolvement shields;
  @Inject RecordLooks looks;

  /** {@code includeShielded}: the team recorded a decision to include a shield's details. */
  public Answer about(Child child, boolean includeShielded) {
    Withholding withholding =
        new Withholding(shields.aShieldIsInvolvedIn(child) && !includeShielded);
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("The record", record(child, includeShielded, withholding)));
    sections.add(
        new Section(
            "Names held before",
            child.formerNames().stream().map(n -> new Line("Former name", n.fullName())).toList()));
    List<Line> history = new ArrayList<>();
    for (PastAddress past : child.addressHistory()) {
      history.add(
          new Line("Address until " + past.replacedAt(), withholding.guarded(past.describe())));
    }
    sections.add(new Section("Addresses held before", history));
    // Where a shield is involved no carer's contact is given: an unshielded parent's phone leads to
    // the child's home.
    sections.add(
        new Section(
            "Parents and carers",
            child.parentsCarers().stream()
                .map(
                    p ->
                        new Line(
                            p.relationship().label(),
                            p.fullName()
                                + ((p.isShielded() || withholding.protects()) && !includeShielded
                                    ? withholding.mark()
                                    : contact(p))))
                .toList()));
    sections.add(
        new Section(
            "Who works or worked with the child",
            involvements(child, includeShielded, withholding)));
    sections.add(
        new Section(
            "Who has looked at the record", looks.of(child, withholding, !includeShielded)));
    return new Answer(sections, withholding.anything());
  }

  private static List<Line> record(Child child, boolean includeShielded, Withholding withholding) {
    List<Line> record = new ArrayList<>();
    record.add(new Line("Name", child.name().fullName()));
    record.add(new Line("Date of birth", child.birthDate().toString()));
    record.add(new Line("Gender", child.gender().name()));
    for (ChildIdentifier identifier : child.identifiers()) {
      // A UPN carries the authority's and the school's numbers, and a source's own number names
      // the service that holds the child (DESIGN.md rules 5, 6 and 9): both are where-to-find
      // facts.
      record.add(
          switch (identifier.type()) {
            case NHS_NUMBER -> new Line("NHS number", identifier.value());
            case UPN -> new Line("Unique pupil number", withholding.guarded(identifier.value()));
            case SOURCE_ID ->
                new Line("A source system's own number", withholding.guarded(identifier.value()));
          });
    }
    record.add(new Line("Local authority", withholding.guarded(child.section().name())));
    record.add(new Line("Address", withholding.guarded(Answer.describe(child.address()))));
    child
        .school()
        .ifPresent(s -> record.add(new Line("School", withholding.guarded(s.school().name()))));
    child
        .gp()
        .ifPresent(
            g -> record.add(new Line("GP surgery", withholding.guarded(g.surgery().name()))));
    child
        .caf()
        .ifPresent(
            c ->
                record.add(
                    new Line(
                        "A CAF is held by",
                        c.holder().organisation().isSensitive() && !includeShielded
                            ? withholding.withhold()
                            : withholding.guarded(
                                c.holder().fullName() + ", " + c.holder().organisation().name()))));
    child.dateOfDeath().ifPresent(d -> record.add(new Line("Date of death", d.toString())));
    record.add(
        new Line(
            "Source of these facts",
            withholding.guarded(child.coreProvenance().source() + ", " + child.lastUpdated())));
    return record;
  }

  private List<Line> involvements(Child child, boolean includeShielded, Withholding withholding) {
    List<Line> involvements = new ArrayList<>();
    for (Involvement involvement : childInvolvements.of(child)) {
      boolean sensitive = involvement.organisation().isSensitive() && !includeShielded;
      String who =
          sensitive || withholding.protects()
              ? withholding.mark()
              : involvement.organisation().name()
                  + involvement.practitioner().map(p -> ", " + p.fullName()).orElse("");
      // A sensitive service's role names it as surely as its organisation does ("Sexual health
      // nurse").
      involvements.add(
          new Line(
              sensitive ? "A service" : involvement.role(),
              who
                  + ", from "
                  + involvement.startDate()
                  + involvement.endDate().map(e -> " to " + e).orElse("")
                  + (involvement.isLeadProfessional() ? ", lead professional" : "")));
    }
    return involvements;
  }

  private static String contact(ParentCarer carer) {
    String phone = carer.contact() == null ? null : carer.contact().phone();
    return phone == null ? "" : ", " + phone;
  }
}
