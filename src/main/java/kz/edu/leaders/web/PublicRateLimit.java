package kz.edu.leaders.web;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.common.Language;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one rate limiter of the public endpoints, by path ({@link RateLimitSettings}): a request over its client's
 * limit or over the policy's global limit is answered 429 with {@code Retry-After} (whole seconds) and the error
 * body in the caller's language, before any controller runs. Limits are resilience4j's lock-free
 * {@link AtomicRateLimiter}s: a fixed number of permits per period, refreshed at the period's end, never waiting.
 * The client is the request's remote address; behind a proxy, {@code server.forward-headers-strategy} makes it the
 * address the proxy saw (docs/operations.md). Limits live in this process's memory: each node limits on its own.
 */
public class PublicRateLimit extends OncePerRequestFilter {

  private final List<Limited> policies = new ArrayList<>();
  private final ErrorWriter errors;

  public PublicRateLimit(RateLimitSettings settings, ErrorWriter errors) {
    this.errors = errors;
    settings.getPolicies().forEach((name, policy) -> policies.add(new Limited(name, policy, settings.getMaxClients())));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Limited> policy = policyOf(request);
    if (policy.isPresent()) {
      Optional<Duration> wait = policy.get().admit(request.getRemoteAddr());
      if (wait.isPresent()) {
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        errors.write(response, Refusal.of(429, "request.tooMany", seconds), Language.of(request));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  Optional<Limited> policyOf(HttpServletRequest request) {
    PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
    return policies.stream().filter(p -> p.covers(path)).findFirst();
  }

  static final class Limited {

    private final String name;
    private final List<PathPattern> paths;
    private final RateLimiterConfig perClient;
    private final RateLimiter global;
    private final Map<String, RateLimiter> clients;

    Limited(String name, RateLimitSettings.Policy policy, int maxClients) {
      this.name = name;
      this.paths = policy.getPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
      this.perClient = config(policy.getPerClient(), policy.getPeriod());
      this.global = RateLimiter.of(name + ":all", config(policy.getGlobal(), policy.getPeriod()));
      // Access order: the least recently seen address is the one forgotten when there are too many.
      this.clients = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
          return size() > maxClients;
        }
      });
    }

    private static RateLimiterConfig config(int permits, Duration period) {
      return RateLimiterConfig.custom().limitForPeriod(permits).limitRefreshPeriod(period)
          .timeoutDuration(Duration.ZERO).build();
    }

    boolean covers(PathContainer path) {
      return paths.stream().anyMatch(p -> p.matches(path));
    }

    /** Empty when the request may go on; else how long until the client may try again. */
    Optional<Duration> admit(String client) {
      RateLimiter own = clients.computeIfAbsent(client, c -> RateLimiter.of(name + ":" + c, perClient));
      // The client's own permit first: one client over its limit spends nothing of everyone's.
      if (!own.acquirePermission()) {
        return Optional.of(waitOf(own));
      }
      if (!global.acquirePermission()) {
        return Optional.of(waitOf(global));
      }
      return Optional.empty();
    }

    private static Duration waitOf(RateLimiter limiter) {
      if (limiter instanceof AtomicRateLimiter atomic) {
        long nanos = atomic.getDetailedMetrics().getNanosToWait();
        if (nanos > 0) {
          return Duration.ofNanos(nanos);
        }
      }
      return limiter.getRateLimiterConfig().getLimitRefreshPeriod();
    }
  }
}
