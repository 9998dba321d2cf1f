package uk.contactpoint.subjectaccess.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.audit.entity.AuditEntry;
import uk.contactpoint.auditreview.control.StatedReasons;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ChildIdentifier;
import uk.contactpoint.child.entity.ParentCarer;
import uk.contactpoint.child.entity.PastAddress;
import uk.contactpoint.involvement.control.ChildInvolvements;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.subjectaccess.entity.SubjectAccessRequest;

/**
 * Subject access requests (rule 11): a manager of the child's section records the request (free,
 * due within a month) and produces everything held about the child — the record, its history,
 * involvements, and who opened it (organisation, role, date, reason) — as a document the web layer
 * gives as JSON or PDF. A request may instead be about a parent or carer named on the record: its
 * answer is every entry of the section's records naming that person. Where a shield is involved,
 * its details are withheld unless the team recorded a decision to include them; the document says
 * that something is withheld, never what or why.
 */
@Stateless
@RolesAllowed(Role.LA_MANAGER_NAME)
public class SubjectAccess {

  private static final Logger LOG = Logger.getLogger(SubjectAccess.class.getName());
  static final String WITHHELD = "withheld";

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject ChildInvolvements childInvolvements;
  @Inject AuditNotes audit;

  /** One line of the register. */
  public record RequestView(
      long id,
      String childId,
      String childName,
      String about,
      String requester,
      LocalDate receivedOn,
      LocalDate dueOn,
      LocalDate answeredOn,
      boolean overdue)
      implements Serializable {}

  /** The document: titled sections of labelled lines, the same for JSON and PDF. */
  public record Document(
      long reference,
      String requester,
      LocalDate receivedOn,
      LocalDate dueOn,
      Instant preparedAt,
      String preparedBy,
      String childId,
      List<Section> sections,
      boolean somethingWithheld) {}

  public record Section(String title, List<Line> lines) {}

  public record Line(String label, String value) {}

  /**
   * Records a request about the child, or — given {@code carerName}, as the record names them —
   * about one of its parents or carers.
   */
  @Audited(AuditAction.SUBJECT_ACCESS_OPENED)
  public RequestView open(
      String childId,
      String carerName,
      String requester,
      LocalDate receivedOn,
      boolean includeShielded,
      String decisionNote) {
    Child child = ofMySection(childId);
    audit
        .current()
        .child(child)
        .detail("includeShielded", includeShielded)
        .detail("decisionNote", decisionNote);
    boolean aboutACarer = carerName != null && !carerName.isBlank();
    SubjectAccessRequest request =
        aboutACarer
            ? new SubjectAccessRequest(
                carerNamed(child, carerName),
                requester,
                receivedOn,
                includeShielded,
                decisionNote,
                me().username(),
                today())
            : new SubjectAccessRequest(
                child,
                requester,
                receivedOn,
                includeShielded,
                decisionNote,
                me().username(),
                today());
    em.persist(request);
    em.flush();
    audit.current().target("subject-access", request.id());
    LOG.info(
        () ->
            "Subject access request "
                + request.id()
                + " about record "
                + child.id()
                + ", due "
                + request.dueOn());
    return view(request);
  }

  /** The section's register, oldest due first; overdue ones marked. */
  public List<RequestView> register() {
    return em.createQuery(
            "SELECT r FROM SubjectAccessRequest r WHERE r.section = :section ORDER BY r.dueOn",
            SubjectAccessRequest.class)
        .setParameter("section", me().section())
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /**
   * Everything held about the child, as this request may have it; answering is recorded and
   * audited.
   */
  @Audited(AuditAction.SUBJECT_ACCESS_EXPORTED)
  public Document export(long requestId) {
    SubjectAccessRequest request = em.find(SubjectAccessRequest.class, requestId);
    if (request == null || !scope.isOwn(me(), request.section())) {
      throw new NotFoundException("The request");
    }
    Child child = request.child();
    audit.current().child(child).target("subject-access", requestId);
    // The carer may have left the record since (the database unlinks it): read the row afresh.
    em.refresh(request);
    if (request.isAboutACarer()) {
      return answered(request, carerSections(request));
    }
    boolean protect = aShieldIsInvolvedIn(child) && !request.includesShielded();
    boolean[] withheld = {false};
    java.util.function.Function<Object, String> guarded =
        value -> {
          if (protect) {
            withheld[0] = true;
            return WITHHELD;
          }
          return value == null ? "" : value.toString();
        };

    List<Section> sections = new ArrayList<>();
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
            case UPN -> new Line("Unique pupil number", guarded.apply(identifier.value()));
            case SOURCE_ID ->
                new Line("A source system's own number", guarded.apply(identifier.value()));
          });
    }
    record.add(new Line("Local authority", guarded.apply(child.section().name())));
    record.add(new Line("Address", guarded.apply(describe(child.address()))));
    child.school().ifPresent(s -> record.add(new Line("School", guarded.apply(s.school().name()))));
    child
        .gp()
        .ifPresent(g -> record.add(new Line("GP surgery", guarded.apply(g.surgery().name()))));
    child
        .caf()
        .ifPresent(
            c ->
                record.add(
                    new Line(
                        "A CAF is held by",
                        c.holder().organisation().isSensitive() && !request.includesShielded()
                            ? withhold(withheld)
                            : guarded.apply(
                                c.holder().fullName() + ", " + c.holder().organisation().name()))));
    child.dateOfDeath().ifPresent(d -> record.add(new Line("Date of death", d.toString())));
    record.add(
        new Line(
            "Source of these facts",
            guarded.apply(child.coreProvenance().source() + ", " + child.lastUpdated())));
    sections.add(new Section("The record", record));
    sections.add(
        new Section(
            "Names held before",
            child.formerNames().stream().map(n -> new Line("Former name", n.fullName())).toList()));
    List<Line> history = new ArrayList<>();
    for (PastAddress past : child.addressHistory()) {
      history.add(new Line("Address until " + past.replacedAt(), guarded.apply(past.describe())));
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
                                + ((p.isShielded() || protect) && !request.includesShielded()
                                    ? markWithheld(withheld)
                                    : contact(p))))
                .toList()));
    List<Line> involvements = new ArrayList<>();
    for (Involvement involvement : childInvolvements.of(child)) {
      boolean sensitive = involvement.organisation().isSensitive() && !request.includesShielded();
      String who =
          sensitive || protect
              ? markWithheld(withheld)
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
    sections.add(new Section("Who works or worked with the child", involvements));
    sections.add(
        new Section(
            "Who has looked at the record",
            looks(child, protect, !request.includesShielded(), withheld)));

    return answered(request, new Answer(sections, withheld[0]));
  }

  private record Answer(List<Section> sections, boolean somethingWithheld) {}

  private Document answered(SubjectAccessRequest request, Answer answer) {
    request.answer(today());
    UserAccount me = me();
    LOG.info(() -> "Subject access request " + request.id() + " answered");
    return new Document(
        request.id(),
        request.requester(),
        request.receivedOn(),
        request.dueOn(),
        clock.instant(),
        me.practitioner() == null
            ? me.username()
            : me.practitioner().fullName() + " (" + me.username() + ")",
        request.child().publicId(),
        answer.sections(),
        answer.somethingWithheld());
  }

  /**
   * What the section's records hold about a parent or carer: every entry naming the same person —
   * the same name and, beyond the entry the request was made on, the same phone, e-mail or postcode
   * (a namesake is someone else). The children they are named with are shown by name and date of
   * birth, unless a shield is involved and the team has not decided to include it: the requester
   * may be the person the shield protects against.
   */
  private Answer carerSections(SubjectAccessRequest request) {
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
      Child child = entry.child();
      boolean protect = aShieldIsInvolvedIn(child) && !request.includesShielded();
      withheld |= protect;
      List<Line> lines = new ArrayList<>();
      lines.add(new Line("Name", entry.fullName()));
      lines.add(
          new Line(
              "Named as",
              entry.relationship().label()
                  + " of "
                  + (protect
                      ? WITHHELD
                      : child.name().fullName() + ", born " + child.birthDate())));
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
                  : entry.address() == null ? "none held" : describe(entry.address())));
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
      sections.add(new Section("Named on a child's record", lines));
    }
    return new Answer(sections, withheld);
  }

  /**
   * The child, one of its carers, or someone it lives with is shielded: the requester may be whom
   * the shield protects against.
   */
  private boolean aShieldIsInvolvedIn(Child child) {
    return child.isShielded()
        || child.parentsCarers().stream().anyMatch(ParentCarer::isShielded)
        || children.livesWithAShieldedCarer(child);
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

  private static String describe(uk.contactpoint.child.entity.Address address) {
    return String.join(", ", address.lines())
        + address.town().map(t -> ", " + t).orElse("")
        + address.postcode().map(p -> ", " + p).orElse("")
        + " ("
        + address.status()
        + ")";
  }

  /** The parent or carer of this record with this name (as the record spells it, any case). */
  private static ParentCarer carerNamed(Child child, String name) {
    return child.parentsCarers().stream()
        .filter(carer -> carer.fullName().equalsIgnoreCase(name.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                uk.contactpoint.shared.error.InvalidInputException.invalid(
                    "carerName",
                    "No parent or carer of that name is on this record: give the name as the record shows it"));
  }

  private static String withhold(boolean[] withheld) {
    withheld[0] = true;
    return WITHHELD;
  }

  private static String markWithheld(boolean[] withheld) {
    withheld[0] = true;
    return " (" + WITHHELD + ")";
  }

  private static String contact(ParentCarer carer) {
    String phone = carer.contact() == null ? null : carer.contact().phone();
    return phone == null ? "" : ", " + phone;
  }

  /**
   * Every opening of the record: when, by which organisation and role, for which reason (not the
   * free text). {@code protect}: a shield is involved and the team did not decide to include it, so
   * no organisation is named (the services that looked lead to where the child is); {@code
   * guardOrganisations}: a sensitive service is not named (rule 6) unless the team decided so.
   */
  private List<Line> looks(
      Child child, boolean protect, boolean guardOrganisations, boolean[] withheld) {
    List<AuditEntry> entries =
        em.createQuery(
                "SELECT e FROM AuditEntry e WHERE e.childRef = :child AND e.action = :access"
                    + " ORDER BY e.occurredAt",
                AuditEntry.class)
            .setParameter("child", child.publicId())
            .setParameter("access", AuditAction.RECORD_ACCESS)
            .getResultList();
    List<Line> lines = new ArrayList<>();
    for (AuditEntry entry : entries) {
      Optional<Organisation> found =
          entry.actorOrganisationId() == null
              ? Optional.empty()
              : Optional.ofNullable(em.find(Organisation.class, entry.actorOrganisationId()));
      String organisation =
          entry.actorOrganisationId() == null
              ? "ContactPoint"
              : found.isEmpty()
                  ? "an organisation"
                  : protect || guardOrganisations && found.get().isSensitive()
                      ? "an organisation" + markWithheld(withheld)
                      : found.get().name();
      // The reason's label only: its free text may name other people.
      String reason =
          StatedReasons.detailOf(em, entry).map(StatedReasons::reasonLabel).orElse(null);
      lines.add(
          new Line(
              entry
                  .occurredAt()
                  .atZone(uk.contactpoint.shared.control.Clocks.LONDON)
                  .toLocalDate()
                  .toString(),
              organisation
                  + ", "
                  + roleWords(entry.actorRoles())
                  + (reason == null ? "" : ": " + reason)));
    }
    return lines;
  }

  private static String roleWords(String roles) {
    if (roles == null) {
      return "";
    }
    Map<String, String> words =
        Map.of(
            "PRACTITIONER",
            "practitioner",
            "LA_MANAGER",
            "management team",
            "ADMIN",
            "operator",
            "AUDITOR",
            "auditor");
    return java.util.Arrays.stream(roles.split(","))
        .map(String::strip)
        .filter(words::containsKey)
        .map(words::get)
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private RequestView view(SubjectAccessRequest request) {
    String about =
        request
            .carerName()
            .map(name -> name + " (a parent or carer named on the record)")
            .orElse("the child");
    return new RequestView(
        request.id(),
        request.child().publicId(),
        request.child().name().fullName(),
        about,
        request.requester(),
        request.receivedOn(),
        request.dueOn(),
        request.answeredOn().orElse(null),
        request.isOverdueOn(today()));
  }

  private Child ofMySection(String childId) {
    Child child = children.getEvenArchived(childId);
    if (!scope.isOwn(me(), child.section())) {
      throw new NotFoundException("The record");
    }
    return child;
  }

  private UserAccount me() {
    return accounts.caller(caller.getCallerPrincipal());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
