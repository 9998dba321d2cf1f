package uk.contactpoint.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A POST that changes something comes from ContactPoint's own pages or a script, never from another
 * site's form. The session cookie is SameSite=Strict; this is the second lock behind it. Another
 * site's form can send only form encodings or plain text, and a browser names the page's origin on
 * every POST: so a POST is taken when its origin is ContactPoint's own, or, from a client that
 * names no origin (a script), when its body is JSON or a feed's CSV. A source system's call,
 * authenticated by its Bearer key and not by a cookie, is not at risk and passes. Checked before
 * the request is matched to a method, so the answer does not depend on what the method consumes.
 */
@Provider
@PreMatching
public class CrossSiteRequests implements ContainerRequestFilter {

  static final Set<String> SCRIPT_TYPES = Set.of("application/json", "text/csv");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return;
    }
    String origin = request.getHeaderString("Origin");
    if (origin != null && !"null".equals(origin)) {
      // Against the Host the browser addressed (a proxy in front keeps it), not the server's own
      // address.
      String host = request.getHeaderString(HttpHeaders.HOST);
      if (!sameOrigin(
          origin, host != null ? host : request.getUriInfo().getBaseUri().getAuthority())) {
        request.abortWith(
            refusal(403, "Not allowed", "A request from another site is not accepted."));
      }
      return;
    }
    MediaType type = request.getMediaType();
    if (type == null || !SCRIPT_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
      request.abortWith(
          refusal(
              415,
              "Unsupported media type",
              "Send the body as application/json, even an empty one ({})."));
    }
  }

  /** Whether the origin (scheme://host[:port]) names the host[:port] the request was sent to. */
  static boolean sameOrigin(String origin, String hostHeader) {
    try {
      URI uri = URI.create(origin);
      if (uri.getHost() == null || hostHeader == null) {
        return false;
      }
      int port =
          uri.getPort() != -1
              ? uri.getPort()
              : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      String host = hostHeader.strip().toLowerCase(java.util.Locale.ROOT);
      String expected = uri.getHost().toLowerCase(java.util.Locale.ROOT);
      return host.equals(expected + ":" + port)
          || host.equals(expected) && (port == 443 || port == 80);
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private static Response refusal(int status, String title, String detail) {
    return Problems.response(status, title, detail, List.of());
  }
}
