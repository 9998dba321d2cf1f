package uk.contactpoint.api;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import uk.contactpoint.shared.control.RecordBinder;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/** Reads every JSON request body into its request record through {@link RecordBinder}. */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Record> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body) {
    JsonValue value;
    try (JsonReader reader = JSON.createReader(body)) {
      value = reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw InvalidInputException.malformed(
          List.of(new FieldError("", "The body is not valid JSON")));
    } catch (RuntimeException tooDeep) {
      // Parsson refuses input nested past its depth limit with a bare RuntimeException.
      throw InvalidInputException.malformed(
          List.of(new FieldError("", "The body is not valid JSON, or nested too deeply")));
    }
    if (!(value instanceof JsonObject object)) {
      throw InvalidInputException.malformed(
          List.of(new FieldError("", "The body must be a JSON object")));
    }
    return RecordBinder.bind((Class) type, object);
  }
}
