package uk.contactpoint.organisationregister.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.contactpoint.accounts.boundary.Organisations;
import uk.contactpoint.organisationregister.control.OrganisationDetails;
import uk.contactpoint.organisationregister.control.OrganisationEntry;

/**
 * {@code /api/v1/admin/organisations}: the organisation register and accreditation, for a section's
 * user administrators (their own section) and national operators. The EJBs decide.
 */
@Path("admin/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  public record Accreditation(Integer accountLimit) {}

  public record Closure() {}

  @EJB OrganisationRegister register;
  @EJB Organisations organisations;
  @EJB RegisterImport imports;

  @GET
  public List<OrganisationEntry> list() {
    return register.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(OrganisationDetails body) {
    return Response.status(Response.Status.CREATED).entity(register.register(body)).build();
  }

  /** The establishment CSV of Get Information About Schools, as downloaded. */
  @POST
  @Path("imports/schools")
  @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
  public RegisterImport.Report importSchools(byte[] file) {
    return imports.importSchools(file);
  }

  /** The NHS Organisation Data Service's GP practice file (epraccur.csv), as downloaded. */
  @POST
  @Path("imports/gp-practices")
  @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
  public RegisterImport.Report importGpPractices(byte[] file) {
    return imports.importGpPractices(file);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public OrganisationEntry change(@PathParam("id") long id, OrganisationDetails body) {
    return register.change(id, body);
  }

  @POST
  @Path("{id}/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  public OrganisationEntry close(@PathParam("id") long id, Closure body) {
    return register.close(id);
  }

  @POST
  @Path("{id}/accreditation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response accredit(@PathParam("id") long id, Accreditation body) {
    organisations.accredit(id, body.accountLimit() == null ? 0 : body.accountLimit());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/accreditation")
  public Response revoke(@PathParam("id") long id) {
    organisations.revokeAccreditation(id);
    return Response.noContent().build();
  }
}
