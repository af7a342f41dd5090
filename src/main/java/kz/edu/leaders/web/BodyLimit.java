package kz.edu.leaders.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.edu.leaders.common.Language;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body over the limit of the app's API with 413 before anything reads it: at once when the request
 * declares its length, and as soon as a chunked body passes the limit otherwise (the read fails, and the
 * error handler answers 413).
 */
public class BodyLimit extends OncePerRequestFilter {

  private final HttpLimits limits;
  private final ErrorWriter errors;

  public BodyLimit(HttpLimits limits, ErrorWriter errors) {
    this.limits = limits;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int limit = limits.getApiBody();
    request.setAttribute(LIMIT, limit);
    if (request.getContentLengthLong() > limit) {
      errors.write(response, refusal(request), Language.of(request));
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  static Refusal refusal(HttpServletRequest request) {
    return Refusal.of(413, "request.bodyTooLarge", limitOf(request) / 1024);
  }

  private static int limitOf(HttpServletRequest request) {
    Object limit = request.getAttribute(LIMIT);
    return limit instanceof Integer value ? value : 0;
  }

  /** Whether a failed read of the body was this filter's doing. */
  public static boolean exceeded(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  private static final String LIMIT = BodyLimit.class.getName() + ".limit";

  static final class TooLarge extends IOException {
    TooLarge() {
      super("request body over the limit");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {

    private final int limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, int limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
    }
  }

  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final int limit;
    private long read;

    Counting(ServletInputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
