package uk.contactpoint.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A client of the real HTTP API over HTTPS, as a browser or script would be: one instance is one
 * session (its own cookies). The server's certificate is WildFly's self-signed one for localhost,
 * so this test client trusts it.
 */
public final class Api {

  public static final String BASE = "https://localhost:8443";
  public static final String PLAIN_BASE = "http://localhost:8080";

  private final CookieManager cookies = new CookieManager();
  private String bearer;
  private String base = BASE;

  /** The day the demo data was loaded (a test-support WAR must be deployed). */
  public static java.time.LocalDate demoLoadDay() {
    return java.time.LocalDate.parse(
        new Api().post("/test-support/accounts/demo-load-day", "{}").body().strip());
  }

  /** A client of another server than the test server (the crash test's own, on a port offset). */
  public static Api at(String base) {
    Api api = new Api();
    api.base = base;
    return api;
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .sslContext(trustingContext())
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public record Answer(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public jakarta.json.JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public List<String> setCookies() {
      return headers.allValues("Set-Cookie");
    }
  }

  /** A new session, logged in with the account's four factors (fails the test otherwise). */
  public static Api loggedIn(TestAccount account) {
    Api api = new Api();
    Answer answer = api.post("/api/v1/session", account.loginJson());
    if (answer.status() != 200) {
      throw new AssertionError("login failed: " + answer.status() + " " + answer.body());
    }
    return api;
  }

  /**
   * A new session for an account as the test-support WAR hands it out: username, password, PIN,
   * token secret.
   */
  public static Api loggedIn(String[] account) {
    Api api = new Api();
    String code =
        uk.contactpoint.accounts.control.Totp.codeAt(
            uk.contactpoint.accounts.control.Base32.decode(account[3]),
            uk.contactpoint.accounts.control.Totp.stepAt(java.time.Instant.now()));
    Answer answer =
        api.post(
            "/api/v1/session",
            "{\"username\":\""
                + account[0]
                + "\",\"password\":\""
                + account[1]
                + "\",\"pin\":\""
                + account[2]
                + "\",\"code\":\""
                + code
                + "\"}");
    if (answer.status() != 200) {
      throw new AssertionError("login failed: " + answer.status() + " " + answer.body());
    }
    return api;
  }

  public String bearerKey() {
    return bearer;
  }

  /** A machine client: every request carries {@code Authorization: Bearer <key>}. */
  public Api withBearer(String key) {
    this.bearer = key;
    return this;
  }

  public Answer post(String path, String jsonBody) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  /** A POST of another content type (a CSV feed batch, say). */
  public Answer postText(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * A POST as another site's form would send it: a form encoding, naming that site as its origin.
   */
  public Answer postFromAnotherSite(String path, String origin) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString("a=b")));
  }

  /** A bodiless POST of a client naming no type nor origin. */
  public Answer postUntyped(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** A JSON POST sent in chunks, declaring no length, as a streaming client would. */
  public Answer postStreamed(String path, String jsonBody) {
    byte[] bytes = jsonBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes))));
  }

  /** A POST whose answer is not JSON (a CSV export, say). */
  public Answer postAccepting(String path, String jsonBody, String accept) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody)),
        accept);
  }

  public Answer put(String path, String jsonBody) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
  }

  /**
   * Any method with any body and content type (none when blank), as a careless or hostile client
   * may send.
   */
  public Answer send(String method, String path, String accept, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
    if (!contentType.isBlank()) {
      request.header("Content-Type", contentType);
    }
    return send(request, accept);
  }

  /** A GET as a browser on another site's page sends it: with that site as its {@code Origin}. */
  public Answer getFrom(String path, String origin) {
    return send(
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .header("Origin", origin)
            .GET());
  }

  public Answer get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET());
  }

  /** A bodiless POST whose answer is bytes (a PDF prepared on request, say). */
  public byte[] postForBytes(String path, String accept) {
    return bytes("POST", path, accept);
  }

  /** A GET whose answer is bytes (a PDF, say). */
  public byte[] getBytes(String path, String accept) {
    return bytes("GET", path, accept);
  }

  private byte[] bytes(String method, String path, String accept) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .method(method, HttpRequest.BodyPublishers.noBody())
              .header("Accept", accept);
      if ("POST".equals(method)) {
        request.header("Content-Type", "application/json");
      }
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(method + " " + path + ": " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  public Answer search(String jsonBody) {
    return post("/api/v1/children/search", jsonBody);
  }

  public String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("CPSESSION"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private Answer send(HttpRequest.Builder request) {
    return send(request, "application/json");
  }

  private Answer send(HttpRequest.Builder request, String accept) {
    try {
      if (bearer != null) {
        request.header("Authorization", "Bearer " + bearer);
      }
      HttpResponse<String> response =
          client.send(
              request.header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static SSLContext trustingContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          new SecureRandom());
      return context;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
