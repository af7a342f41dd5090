package kz.edu.leaders.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of the app's own pages and APIs (the Camunda webapps under {@code /camunda} send their own,
 * see {@code camunda.bpm.webapp.header-security}): no MIME sniffing, no referrer to other sites, and a
 * Content-Security-Policy that allows a page only its own files (the public pages load their scripts and styles
 * from files for that reason) and a JSON answer nothing at all. HSTS is for the TLS proxy in front of the app
 * (docs/operations.md).
 */
public class SecurityHeaders extends OncePerRequestFilter {

  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private final String webappPath;

  public SecurityHeaders(String webappPath) {
    this.webappPath = webappPath;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(webappPath) || path.startsWith(webappPath + "/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean data = path.startsWith("/api/") || path.startsWith("/public/api/") || path.startsWith("/engine-rest/")
        || path.startsWith("/actuator");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", data ? DATA_POLICY : PAGE_POLICY);
    chain.doFilter(request, response);
  }
}
