package uk.contactpoint.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API. Without a {@code ContextResolver<Jsonb>} RESTEasy 6 builds a
 * new {@code Jsonb} for every body it reads or writes (Yasson's context, its annotation
 * introspection and service lookups through the module class loader): about an eighth of the
 * server's CPU per request in the load benchmark (docs/benchmarks.md, "Load benchmark"). A {@code
 * Jsonb} is thread-safe and caches what it learns of each class; RESTEasy does not close one a
 * resolver gives it. Default configuration, as RESTEasy's own.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
