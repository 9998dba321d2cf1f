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
import java.util.List;
import java.util.logging.Logger;
import uk.contactpoint.accounts.control.Accounts;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.shared.error.NotFoundException;
import uk.contactpoint.subjectaccess.control.Answer;
import uk.contactpoint.subjectaccess.control.CarerAnswer;
import uk.contactpoint.subjectaccess.control.ChildAnswer;
import uk.contactpoint.subjectaccess.entity.SubjectAccessRequest;

/**
 * Subject access requests (rule 11): a manager of the child's section records the request (free,
 * due within a month) and produces everything held about the child — the record, its history,
 * involvements, and who opened it (organisation, role, date, reason) — as a document the web layer
 * gives as JSON or PDF. A request may instead be about a parent or carer named on the record: its
 * answer is every entry of the section's records naming that person. Where a shield is involved,
 * its details are withheld unless the team recorded a decision to include them; the document says
 * that something is withheld, never what or why. The answer itself is put together by ChildAnswer
 * or CarerAnswer; this bean checks the section, records the request and its answer, and audits.
 */
@Stateless
@RolesAllowed(Role.LA_MANAGER_NAME)
public class SubjectAccess {

  private static final Logger LOG = Logger.getLogger(SubjectAccess.class.getName());

  @PersistenceContext(unitName = "contactpoint")
  EntityManager em;

  @Resource SessionContext caller;
  @Inject Clock clock;
  @Inject uk.contactpoint.accounts.control.SectionScope scope;
  @Inject Accounts accounts;
  @Inject Children children;
  @Inject ChildAnswer childAnswer;
  @Inject CarerAnswer carerAnswer;
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

  /**
   * The document: the request, who prepared the answer and when, and the answer's titled sections
   * of labelled lines, the same for JSON and PDF.
   */
  public record Document(
      long reference,
      String requester,
      LocalDate receivedOn,
      LocalDate dueOn,
      Instant preparedAt,
      String preparedBy,
      String childId,
      List<Answer.Section> sections,
      boolean somethingWithheld) {}

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
                CarerAnswer.carerNamed(child, carerName),
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
      return answered(request, carerAnswer.about(request));
    }
    return answered(request, childAnswer.about(child, request.includesShielded()));
  }

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
