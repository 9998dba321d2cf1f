package uk.contactpoint.search.boundary;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import uk.contactpoint.search.control.ChildSearchCriteria;
import uk.contactpoint.shared.error.InvalidInputException;

/** {@code POST /api/v1/children/search}: finds children; shows only enough to pick one. */
@Path("children/search")
public class ChildSearchResource {

  @EJB ChildSearch search;
  @Inject Clock clock;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public SearchResults search(ChildSearchRequest request) {
    if (request == null) {
      throw InvalidInputException.malformed(
          java.util.List.of(
              new uk.contactpoint.shared.error.FieldError("", "A search needs a JSON body")));
    }
    return search.search(
        ChildSearchCriteria.of(
            request.name(),
            request.dateOfBirth(),
            request.yearOfBirth(),
            request.gender(),
            request.postcode(),
            request.page(),
            request.size(),
            LocalDate.now(clock)));
  }
}
