package uk.contactpoint.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: the caller gets a reference, the log gets the stack trace under that
 * reference. The message of the failure is not echoed, as it may hold input values.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Override
  public Response toResponse(Exception failure) {
    String reference = UUID.randomUUID().toString();
    // The stack trace under the reference, without the messages: they may hold input values
    // (a database's "value too long" quotes the row; EclipseLink's name the object written).
    LOG.log(
        Level.SEVERE,
        "Unexpected failure, reference " + reference,
        uk.contactpoint.shared.control.LoggedFailure.of(failure));
    return Problems.response(
        500,
        "Something went wrong",
        "Quote reference " + reference + " to the service desk.",
        List.of());
  }
}
