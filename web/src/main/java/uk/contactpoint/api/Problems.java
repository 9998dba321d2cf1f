package uk.contactpoint.api;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.contactpoint.shared.error.FieldError;

/** Builds RFC 9457 problem+json answers, the one error shape of the API. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response response(int status, String title, String detail, List<FieldError> errors) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(
          error ->
              list.add(
                  JSON.createObjectBuilder()
                      .add("field", error.field())
                      .add("message", error.message())));
      body.add("errors", list);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}
