package uk.contactpoint.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/** Business failures from the EJBs, each to its status, with every bad field named. */
@Provider
public class ContactPointExceptionMapper implements ExceptionMapper<ContactPointException> {

  @Override
  public Response toResponse(ContactPointException failure) {
    var errors =
        failure instanceof InvalidInputException invalid
            ? invalid.errors()
            : failure instanceof ConflictException conflict
                ? conflict.errors()
                : List.<uk.contactpoint.shared.error.FieldError>of();
    return Problems.response(failure.status(), failure.title(), failure.getMessage(), errors);
  }
}
