package uk.contactpoint.subjectaccess.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/manage/subject-access-requests}: the register, a new request, and the answer as
 * JSON or PDF ({@code …/{id}/answer}, by the Accept header). Names travel in bodies only.
 */
@Path("manage/subject-access-requests")
public class SubjectAccessResource {

  /**
   * {@code carerName}: the request is about that parent or carer of the child's record, as the
   * record names them.
   */
  public record NewRequest(
      String childId,
      String carerName,
      String requester,
      LocalDate receivedOn,
      boolean includeShielded,
      String decisionNote) {}

  @EJB SubjectAccess subjectAccess;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SubjectAccess.RequestView> register() {
    return subjectAccess.register();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response open(NewRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(
            subjectAccess.open(
                body.childId(),
                body.carerName(),
                body.requester(),
                body.receivedOn(),
                body.includeShielded(),
                body.decisionNote()))
        .build();
  }

  /** A POST, not a GET: preparing the answer records the request as answered (and is audited). */
  @POST
  @Path("{id}/answer")
  @Produces(MediaType.APPLICATION_JSON)
  public SubjectAccess.Document answer(@PathParam("id") long id) {
    return subjectAccess.export(id);
  }

  /**
   * The PDF under a path of its own, so a screen's button downloads it whatever the browser
   * accepts.
   */
  @POST
  @Path("{id}/answer.pdf")
  @Produces("application/pdf")
  public Response answerAsPdf(@PathParam("id") long id) {
    return Response.ok(SubjectAccessPdf.render(subjectAccess.export(id)), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"contactpoint-sar-" + id + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
