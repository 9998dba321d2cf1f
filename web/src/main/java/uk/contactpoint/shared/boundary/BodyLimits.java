package uk.contactpoint.shared.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * How large a request body may be, before anything reads it. A source system's batch (up to 10,000
 * records) may be large; every other body — a login, a search, a record typed in, a form posted
 * from a screen — is small. A body past its limit answers 413 at once: by its declared length
 * before a byte is read, or, sent without one, as soon as the count passes the limit. Nobody,
 * logged in or not, makes the server hold megabytes it will refuse anyway.
 */
@WebFilter("/*")
public class BodyLimits extends HttpFilter {

  /** Every body but a feed batch's and a register file's. */
  public static final int DEFAULT_LIMIT = 256 * 1024;

  /** A feed batch: 10,000 records of JSON run to about 15 MB (docs/feeds.md). */
  public static final int FEED_LIMIT = 32 * 1024 * 1024;

  static final String FEED_PATH = "/api/v1/feeds/";

  /** A national register's file: a local authority's schools, or every GP practice in England. */
  static final java.util.List<String> REGISTER_FILE_PATHS =
      java.util.List.of("/api/v1/admin/organisations/imports/", "/organisation-import.xhtml");

  private static final Logger LOG = Logger.getLogger(BodyLimits.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    int limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(request, response, limit);
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response);
      return;
    }
    // No declared length (chunked): read at most the limit now, and refuse past it.
    byte[] body = readAtMost(request.getInputStream(), limit);
    if (body == null) {
      refuse(request, response, limit);
      return;
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  static int limitFor(String path) {
    return path.startsWith(FEED_PATH) || REGISTER_FILE_PATHS.stream().anyMatch(path::startsWith)
        ? FEED_LIMIT
        : DEFAULT_LIMIT;
  }

  /** The body, or null if it runs past {@code limit} bytes. */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (read.size() + n > limit) {
        return null;
      }
      read.write(buffer, 0, n);
    }
    return read.toByteArray();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int limit)
      throws IOException {
    LOG.info(
        () ->
            "Request body over "
                + limit
                + " bytes refused (413) on "
                + request.getMethod()
                + " "
                + request.getRequestURI());
    // Undertow discards what is left of the body unread after the answer, so the client gets it.
    response.setStatus(413);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getOutputStream()
        .write(
            ("{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,\"detail\":\"The body may hold at most "
                    + limit
                    + " bytes here.\",\"errors\":[{\"field\":\"\",\"message\":\"is larger than "
                    + limit
                    + " bytes\"}]}")
                .getBytes(StandardCharsets.UTF_8));
  }

  /** The request with its body already read, within its limit. */
  private static final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The body was read already");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
