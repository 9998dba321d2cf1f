package uk.contactpoint.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the real HTTP API of the running server, as a client would. */
public final class Api {

  public static final String BASE = "http://127.0.0.1:8080";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  public record Answer(int status, String contentType, String body) {
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  private Api() {}

  public static Answer post(String path, String jsonBody) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
        .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static Answer search(String jsonBody) {
    return post("/api/v1/children/search", jsonBody);
  }
}
