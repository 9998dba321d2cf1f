package uk.contactpoint.section.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/admin/sections}: the local authorities ContactPoint serves, registered by national
 * operators.
 */
@Path("admin/sections")
@Produces(MediaType.APPLICATION_JSON)
public class SectionResource {

  public record NewSection(String code, String name) {}

  public record NewName(String name) {}

  @EJB Sections sections;

  @GET
  public List<Sections.Entry> list() {
    return sections.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(NewSection body) {
    return Response.status(Response.Status.CREATED)
        .entity(sections.register(body.code(), body.name()))
        .build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Sections.Entry rename(@PathParam("code") String code, NewName body) {
    return sections.rename(code, body.name());
  }
}
