package uk.contactpoint.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Unknown paths, wrong methods and media types answer in the same problem+json shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException failure) {
    Response.StatusType status = failure.getResponse().getStatusInfo();
    return Problems.response(status.getStatusCode(), status.getReasonPhrase(), null, List.of());
  }
}
