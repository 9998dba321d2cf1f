package uk.contactpoint.audit.control;

/**
 * The address the current request came from, for the audit trail's "from where". The web layer's
 * filter sets it for the length of a request; EJB calls run on the same thread.
 */
public final class RequestOrigin {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void set(String address) {
    ADDRESS.set(address);
  }

  public static void clear() {
    ADDRESS.remove();
  }

  public static String current() {
    return ADDRESS.get();
  }
}
