package uk.contactpoint.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An EJB refused the caller's roles (@RolesAllowed): 403, in the API's problem shape. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException denied) {
    return Problems.response(403, "Not allowed", "Your role does not allow this.", List.of());
  }
}
