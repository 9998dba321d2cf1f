package uk.contactpoint.shared.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. {@code Json.createObjectBuilder()} and its siblings look the
 * provider up again on every call (a {@code ServiceLoader} search that, under WildFly's module
 * class loader, reads jar entries): in a profile of feed processing at scale that lookup took a
 * fifth of the worker's CPU (docs/benchmarks.md, "Feed throughput"). A provider is thread-safe.
 */
public final class JsonProviders {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonProviders() {}
}
