package uk.contactpoint.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import uk.contactpoint.shared.entity.StorableText;
import uk.contactpoint.shared.error.FieldError;
import uk.contactpoint.shared.error.InvalidInputException;

/**
 * An address whose path or query holds a control character once decoded ({@code %00}) is refused
 * before any resource sees it, as a JSON field holding one is: an id or a filter taken from the
 * address goes into a query, and PostgreSQL refuses a NUL inside text.
 */
@Provider
@PreMatching
public class StorableAddresses implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo address = request.getUriInfo();
    for (PathSegment segment : address.getPathSegments(true)) {
      if (!StorableText.isStorable(segment.getPath())) {
        throw InvalidInputException.malformed(
            List.of(new FieldError("path", StorableText.PROBLEM)));
      }
    }
    for (Map.Entry<String, List<String>> parameter : address.getQueryParameters(true).entrySet()) {
      if (!StorableText.isStorable(parameter.getKey())
          || !parameter.getValue().stream().allMatch(StorableText::isStorable)) {
        String name = StorableText.isStorable(parameter.getKey()) ? parameter.getKey() : "query";
        throw InvalidInputException.malformed(List.of(new FieldError(name, StorableText.PROBLEM)));
      }
    }
  }
}
