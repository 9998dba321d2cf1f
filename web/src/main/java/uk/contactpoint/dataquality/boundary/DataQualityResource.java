package uk.contactpoint.dataquality.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/manage/match-cases}: the data-quality duty's queue of feed records matching
 * held, each beside its candidates; a case is linked to a child or made a new record.
 * {@code /api/v1/manage/transfers}: children moved into or out of the section.
 */
@Path("manage/match-cases")
@Produces(MediaType.APPLICATION_JSON)
public class DataQualityResource {

  public record Link(String childId) {}

  public record NewRecord() {}

  @EJB DataQuality dataQuality;

  @GET
  public List<DataQuality.CaseView> openCases() {
    return dataQuality.openCases();
  }

  @POST
  @Path("{id}/link")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> link(@PathParam("id") long caseId, Link body) {
    return Map.of("childId", dataQuality.link(caseId, body.childId()));
  }

  @POST
  @Path("{id}/new-record")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> createNew(@PathParam("id") long caseId, NewRecord body) {
    return Map.of("childId", dataQuality.createNew(caseId));
  }

  /**
   * {@code POST /api/v1/manage/records}: the team creates a record by hand, in the feed record's
   * shape; 201 with the new record, or 202 with the case when it resembles a child or meets a shield.
   */
  @Path("manage/records")
  @Produces(MediaType.APPLICATION_JSON)
  public static class NewChildren {

    @EJB DataQuality dataQuality;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response create(String body) {
      DataQuality.Created created = dataQuality.createRecord(body);
      return jakarta.ws.rs.core.Response.status(created.childId() != null ? 201 : 202).entity(created).build();
    }

    /** A correction by hand: 409 naming the records it now resembles, unless {@code confirmed}. */
    @POST
    @Path("{id}/amendment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, List<String>> amend(@PathParam("id") String childId, DataQuality.Amendment body) {
      return Map.of("resembles", dataQuality.amend(childId, body));
    }
  }

  /** {@code /api/v1/manage/merges}: two records of one child merged, and a wrong merge split. */
  @Path("manage/merges")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Merges {

    public record Merge(String survivorId, String duplicateId, String reason) {}

    public record Split(String reason) {}

    @EJB DataQuality dataQuality;

    @GET
    public List<DataQuality.MergeView> merges() {
      return dataQuality.merges();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response merge(Merge body) {
      long id = dataQuality.merge(body.survivorId(), body.duplicateId(), body.reason());
      return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response split(@PathParam("id") long id, Split body) {
      dataQuality.split(id, body.reason());
      return jakarta.ws.rs.core.Response.noContent().build();
    }
  }

  /** {@code /api/v1/manage/sources}: each source's quality, and the go-live gate. */
  @Path("manage/sources")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Sources {

    @EJB DataQuality dataQuality;

    @GET
    public List<DataQuality.SourceQuality> sources() {
      return dataQuality.sources();
    }

    @POST
    @Path("{code}/approval")
    public jakarta.ws.rs.core.Response approve(@PathParam("code") String code) {
      dataQuality.approveSource(code);
      return jakarta.ws.rs.core.Response.noContent().build();
    }

    @POST
    @Path("{code}/new-trial")
    public jakarta.ws.rs.core.Response newTrial(@PathParam("code") String code) {
      dataQuality.newTrial(code);
      return jakarta.ws.rs.core.Response.noContent().build();
    }
  }

  /** {@code GET /api/v1/manage/transfers}. */
  @Path("manage/transfers")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Transfers {

    @EJB DataQuality dataQuality;

    @GET
    public List<DataQuality.Transfer> transfers() {
      return dataQuality.transfers();
    }
  }
}
