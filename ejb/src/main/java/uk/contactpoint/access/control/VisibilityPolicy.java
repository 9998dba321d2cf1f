package uk.contactpoint.access.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.contactpoint.access.control.ChildRecordView.Contact;
import uk.contactpoint.access.control.ChildRecordView.Fact;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ChildIdentifier;
import uk.contactpoint.child.entity.IdentifierType;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.notification.entity.Notification;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

/**
 * The one door through which a stored record becomes what a user sees (DESIGN.md section 3). Every
 * practitioner-facing view is built here and nowhere else:
 *
 * <ul>
 *   <li>the home page's children and notifications (a shielded child: its name only);
 *   <li>a search row shows name, date of birth, gender, town and section, never an address;
 *   <li>a shielded child shows only the allowlist: name (with former names), date of birth, gender,
 *       record id, parent/carer names, and that it is shielded (rule 5);
 *   <li>sensitive services are never named, only flagged (rule 6);
 *   <li>an ended involvement is listed for one year after its end, then hidden (rule 7);
 *   <li>a source system's own number for the child is shown only to staff of the organisation that
 *       runs that system (rule 9).
 * </ul>
 */
public class VisibilityPolicy {

  /**
   * Who is looking: their own practitioner profile (to mark their involvements), the day, and the
   * section whose management team they belong to (null for everyone else).
   */
  public record Viewer(
      Practitioner practitioner,
      LocalDate today,
      Long managedSectionId,
      Long brokeredSectionId,
      boolean overriding) {

    public Viewer(Practitioner practitioner, LocalDate today) {
      this(practitioner, today, null, null, false);
    }

    /**
     * The same viewer for one view past a shield (rule 5's override, already justified and
     * audited).
     */
    public Viewer overridingTheShield() {
      return new Viewer(practitioner, today, managedSectionId, brokeredSectionId, true);
    }

    /**
     * The section's brokering managers see which sensitive services are involved and how to reach
     * them (rule 6).
     */
    boolean brokersFor(Child child) {
      return brokeredSectionId != null && brokeredSectionId.equals(child.section().id());
    }

    /** The section's management team sees its shielded records whole (rule 5: "everyone but"). */
    boolean managesSectionOf(Child child) {
      return managedSectionId != null && managedSectionId.equals(child.section().id());
    }
  }

  /** Years an archived record stays open to its section's management team (rule 8). */
  public static final int ARCHIVE_TEAM_YEARS = 1;

  /**
   * Whether the viewer may open the record at all: an archived record is gone for practitioners,
   * open to its section's management team for a year after archiving, then to no one here
   * (operators reach it only for a statutory purpose, through its own audited door).
   */
  public boolean mayOpen(Child child, Viewer viewer) {
    if (child.archivedOn().isEmpty()) {
      return true;
    }
    return viewer.managesSectionOf(child)
        && viewer.today().isBefore(child.archivedOn().get().plusYears(ARCHIVE_TEAM_YEARS));
  }

  public ChildRecordView recordFor(Child child, List<Involvement> involvements, Viewer viewer) {
    return recordFor(child, involvements, viewer, false);
  }

  /**
   * The record as this viewer may see it. {@code withAShieldedCarer}: a shielded parent/carer lives
   * at the child's address, so its address, school and GP are withheld too (rule 5).
   */
  public ChildRecordView recordFor(
      Child child, List<Involvement> involvements, Viewer viewer, boolean withAShieldedCarer) {
    ChildRecordView.Name name =
        new ChildRecordView.Name(
            child.name().given(),
            child.name().family(),
            child.formerNames().stream().map(n -> n.fullName()).toList());
    if (child.isShielded() && !viewer.managesSectionOf(child) && !viewer.overriding()) {
      return new ChildRecordView(
          child.publicId(),
          name,
          child.birthDate(),
          child.gender().name(),
          null,
          null,
          true,
          child.parentsCarers().stream()
              .map(p -> new ChildRecordView.ParentCarer(p.fullName(), null, null, null, null))
              .toList(),
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    List<Involvement> listed =
        involvements.stream()
            .filter(involvement -> involvement.isListedOn(viewer.today()))
            .toList();
    boolean sensitive =
        listed.stream().anyMatch(involvement -> involvement.organisation().isSensitive());
    List<ChildRecordView.InvolvementView> shown =
        listed.stream()
            // A sensitive service is named only to the section's brokers and to its own
            // practitioner, who
            // sees their involvement to end it or remove it when consent is withdrawn (DESIGN.md
            // rule 6).
            .filter(
                involvement ->
                    !involvement.organisation().isSensitive()
                        || viewer.brokersFor(child)
                        || involvement.practitioner().map(p -> isViewer(p, viewer)).orElse(false))
            .sorted(
                Comparator.comparing((Involvement i) -> i.endDate().isPresent())
                    .thenComparing(Involvement::startDate)
                    .reversed())
            .map(involvement -> involvementView(involvement, viewer))
            .toList();
    var address = child.address();
    boolean team = viewer.managesSectionOf(child) || viewer.overriding();
    boolean homeWithheld = withAShieldedCarer && !team;
    return new ChildRecordView(
        child.publicId(),
        name,
        child.birthDate(),
        child.gender().name(),
        homeWithheld
            ? null
            : new ChildRecordView.Address(
                address.lines(),
                address.town().orElse(null),
                address.postcode().orElse(null),
                address.status().name(),
                address.intendsToReturn().map(Enum::name).orElse(null),
                fact(child.addressProvenance())),
        child.section().name(),
        child.isShielded(),
        child.parentsCarers().stream()
            .map(
                p ->
                    p.isShielded() && !team
                        ? new ChildRecordView.ParentCarer(
                            p.fullName(), p.relationship().label(), null, null, null)
                        : new ChildRecordView.ParentCarer(
                            p.fullName(),
                            p.relationship().label(),
                            contact(p.contact()),
                            fact(p.provenance()),
                            viewer.managesSectionOf(child) ? p.id() : null))
            .toList(),
        homeWithheld
            ? null
            : child
                .school()
                .map(
                    s ->
                        new ChildRecordView.Service(
                            s.school().name(),
                            contact(s.school().contact()),
                            s.startDate(),
                            fact(s.provenance())))
                .orElse(null),
        homeWithheld
            ? null
            : child
                .gp()
                .map(
                    g ->
                        new ChildRecordView.Service(
                            g.surgery().name(),
                            contact(g.surgery().contact()),
                            null,
                            fact(g.provenance())))
                .orElse(null),
        shown,
        // A CAF held by a sensitive service says only that one exists: its holder would name the
        // service (rule 6).
        child
            .caf()
            .map(
                c ->
                    c.holder().organisation().isSensitive()
                            && !viewer.brokersFor(child)
                            && !isViewer(c.holder(), viewer)
                        ? new ChildRecordView.Caf(true, null, null, null, null, null)
                        : new ChildRecordView.Caf(
                            true,
                            c.holder().fullName(),
                            c.holder().jobTitle(),
                            c.holder().organisation().name(),
                            contact(c.holder().contact()),
                            fact(c.provenance())))
            .orElse(null),
        sensitive,
        ownSourceNumber(child, viewer),
        // Only the section's own team manage its shields; the screen offers them the forms.
        viewer.managesSectionOf(child) ? Boolean.TRUE : null);
  }

  /**
   * A search result: enough to pick the child, never an address; nothing of where a shielded child
   * is.
   */
  public SearchRow searchRow(SearchedRecord candidate, double score) {
    return new SearchRow(
        candidate.publicId(),
        new SearchRow.RowName(candidate.given(), candidate.family()),
        candidate.birthDate(),
        candidate.gender(),
        candidate.shielded() ? null : candidate.town(),
        candidate.shielded() ? null : candidate.section(),
        candidate.shielded(),
        score);
  }

  /**
   * A practitioner's home page: the children they work with, and what others did on those records.
   * For a shielded child only its name is shown, never who is involved.
   */
  public HomeView homeFor(List<Involvement> mine, List<Notification> notifications, Viewer viewer) {
    List<HomeView.MyChild> children =
        mine.stream()
            .filter(i -> i.isActiveOn(viewer.today()))
            .map(
                i ->
                    new HomeView.MyChild(
                        i.child().publicId(),
                        i.child().name().fullName(),
                        i.child().birthDate(),
                        i.role()))
            .toList();
    List<HomeView.Change> changes =
        notifications.stream()
            // What a sensitive service did is never shown to other practitioners (rule 6): it would
            // name it.
            .filter(n -> !n.organisation().isSensitive() || viewer.brokersFor(n.child()))
            .map(
                n ->
                    n.child().isShielded()
                        ? new HomeView.Change(
                            n.child().publicId(),
                            n.child().name().fullName(),
                            "CHANGED",
                            null,
                            null,
                            null,
                            n.happenedAt())
                        : new HomeView.Change(
                            n.child().publicId(),
                            n.child().name().fullName(),
                            n.kind().name(),
                            n.actor().map(Practitioner::fullName).orElse(null),
                            n.actor().map(Practitioner::jobTitle).orElse(null),
                            n.organisation().name(),
                            n.happenedAt()))
            .toList();
    return new HomeView(children, changes);
  }

  private static boolean isViewer(Practitioner practitioner, Viewer viewer) {
    return viewer.practitioner() != null && practitioner.id().equals(viewer.practitioner().id());
  }

  /** A source system's own number for the child, only for staff of the body that runs it. */
  private static String ownSourceNumber(Child child, Viewer viewer) {
    if (viewer.practitioner() == null) {
      return null;
    }
    return viewer
        .practitioner()
        .organisation()
        .sourceCode()
        .flatMap(
            code ->
                child.identifiers().stream()
                    .filter(id -> id.type() == IdentifierType.SOURCE_ID && id.issuer().equals(code))
                    .map(ChildIdentifier::value)
                    .findFirst())
        .orElse(null);
  }

  private static ChildRecordView.InvolvementView involvementView(
      Involvement involvement, Viewer viewer) {
    Practitioner practitioner = involvement.practitioner().orElse(null);
    return new ChildRecordView.InvolvementView(
        involvement.id(),
        involvement.organisation().name(),
        practitioner == null ? null : practitioner.fullName(),
        practitioner == null ? null : practitioner.jobTitle(),
        contact(
            practitioner == null ? involvement.organisation().contact() : practitioner.contact()),
        involvement.role(),
        involvement.startDate(),
        involvement.endDate().orElse(null),
        involvement.isLeadProfessional(),
        practitioner != null
            && viewer.practitioner() != null
            && practitioner.id().equals(viewer.practitioner().id()),
        fact(involvement.provenance()));
  }

  private static Contact contact(ContactDetails details) {
    return details == null ? null : new Contact(details.phone(), details.email());
  }

  private static Fact fact(Provenance provenance) {
    return provenance == null ? null : new Fact(provenance.source(), provenance.updatedAt());
  }
}
