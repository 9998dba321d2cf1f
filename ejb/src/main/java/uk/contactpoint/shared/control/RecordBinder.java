package uk.contactpoint.shared.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.contactpoint.shared.entity.StorableText;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * Binds a JSON object to a request record strictly: a field the record does not declare is an error
 * (ContactPoint stores nothing outside its data set), and every field that cannot be read is
 * reported by its path ({@code records[3].dateOfBirth}), all at once.
 */
public final class RecordBinder {

  private RecordBinder() {}

  public static <T extends Record> T bind(Class<T> type, JsonObject json) {
    List<FieldError> errors = new ArrayList<>();
    T bound = bindObject(type, json, "", errors);
    if (!errors.isEmpty()) {
      throw InvalidInputException.malformed(errors);
    }
    return bound;
  }

  private static <T> T bindObject(
      Class<T> type, JsonObject json, String prefix, List<FieldError> errors) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> known =
        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    json.keySet().stream()
        .filter(key -> !known.contains(key))
        .sorted()
        .forEach(
            key ->
                errors.add(
                    new FieldError(prefix + key, "is not a field that ContactPoint accepts here")));
    Object[] values = new Object[components.length];
    int errorsBefore = errors.size();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      values[i] =
          convert(
              json.get(component.getName()),
              component.getGenericType(),
              prefix + component.getName(),
              errors);
      if (values[i] == null && component.getType().isPrimitive()) {
        // A missing primitive takes Java's default (false, 0), as an absent flag means "no".
        values[i] =
            java.lang.reflect.Array.get(
                java.lang.reflect.Array.newInstance(component.getType(), 1), 0);
      }
    }
    if (errors.size() > errorsBefore) {
      return null;
    }
    try {
      Constructor<T> constructor =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
    }
  }

  /** The years a date of the API may fall in. */
  static final int EARLIEST_YEAR = 1900;

  static final int LATEST_YEAR = 2199;

  private static Object convert(JsonValue value, Type type, String field, List<FieldError> errors) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    Class<?> declared =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    Class<?> raw =
        declared.isPrimitive()
            ? java.lang.invoke.MethodType.methodType(declared).wrap().returnType()
            : declared;
    if (raw == String.class) {
      return expect(
          value,
          JsonString.class,
          field,
          "text",
          errors,
          s -> {
            if (!StorableText.isStorable(s.getString())) {
              errors.add(new FieldError(field, StorableText.PROBLEM));
              return null;
            }
            return s.getString();
          });
    }
    if (raw == Integer.class) {
      return expect(
          value,
          JsonNumber.class,
          field,
          "a whole number",
          errors,
          n -> {
            if (!n.isIntegral()) {
              errors.add(new FieldError(field, "must be a whole number"));
              return null;
            }
            try {
              return n.intValueExact();
            } catch (ArithmeticException tooLarge) {
              // Never wrapped round: 4294969313 is not 2017.
              errors.add(
                  new FieldError(
                      field,
                      "must be a whole number between "
                          + Integer.MIN_VALUE
                          + " and "
                          + Integer.MAX_VALUE));
              return null;
            }
          });
    }
    if (raw == Long.class) {
      return expect(
          value,
          JsonNumber.class,
          field,
          "a whole number",
          errors,
          n -> {
            if (!n.isIntegral()) {
              errors.add(new FieldError(field, "must be a whole number"));
              return null;
            }
            try {
              return n.longValueExact();
            } catch (ArithmeticException tooLarge) {
              errors.add(
                  new FieldError(
                      field,
                      "must be a whole number between "
                          + Long.MIN_VALUE
                          + " and "
                          + Long.MAX_VALUE));
              return null;
            }
          });
    }
    if (raw == Boolean.class) {
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      errors.add(new FieldError(field, "must be true or false"));
      return null;
    }
    if (raw == LocalDate.class) {
      return expect(
          value,
          JsonString.class,
          field,
          "a date",
          errors,
          s -> {
            LocalDate date;
            try {
              date = LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
              errors.add(
                  new FieldError(
                      field, "must be a real date written YYYY-MM-DD, for example 2011-03-27"));
              return null;
            }
            // No date ContactPoint holds or searches lies outside these years; the database could
            // not
            // store most of the rest (year -999999999 came back as +169087565).
            if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
              errors.add(
                  new FieldError(
                      field, "must be a date between " + EARLIEST_YEAR + " and " + LATEST_YEAR));
              return null;
            }
            return date;
          });
    }
    if (raw.isEnum()) {
      return expect(
          value,
          JsonString.class,
          field,
          "one of its allowed words",
          errors,
          s -> enumValue(raw, s.getString(), field, errors));
    }
    if (raw == List.class || raw == Set.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      return expect(
          value,
          JsonArray.class,
          field,
          "a list",
          errors,
          array -> {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
              list.add(convert(array.get(i), element, field + "[" + i + "]", errors));
            }
            return raw == Set.class ? new java.util.LinkedHashSet<>(list) : list;
          });
    }
    if (raw.isRecord()) {
      return expect(
          value,
          JsonObject.class,
          field,
          "an object",
          errors,
          object -> bindObject(raw, object, field + ".", errors));
    }
    throw new IllegalStateException("No JSON binding for " + raw);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(
      Class<?> type, String text, String field, List<FieldError> errors) {
    try {
      return Enum.valueOf((Class<Enum>) type, text);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      errors.add(new FieldError(field, "must be one of " + allowed));
      return null;
    }
  }

  private static <J extends JsonValue> Object expect(
      JsonValue value,
      Class<J> jsonType,
      String field,
      String what,
      List<FieldError> errors,
      java.util.function.Function<J, Object> read) {
    if (!jsonType.isInstance(value)) {
      errors.add(new FieldError(field, "must be " + what));
      return null;
    }
    return read.apply(jsonType.cast(value));
  }
}
