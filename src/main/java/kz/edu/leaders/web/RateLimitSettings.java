package kz.edu.leaders.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the endpoints anyone may call without login ({@code leaders.public.rate-limit.*}): each policy
 * names the paths it covers (Spring path patterns), how many requests one client address may make per period and
 * how many all clients together may make. A request matching no policy is not limited. The defaults are ours.
 */
@Component
@ConfigurationProperties(prefix = "leaders.public.rate-limit")
public class RateLimitSettings {

  /** Client addresses remembered per policy; the least recently seen is forgotten beyond it (memory stays bounded). */
  private int maxClients = 10_000;
  private Map<String, Policy> policies = new LinkedHashMap<>();

  public int getMaxClients() {
    return maxClients;
  }

  public void setMaxClients(int maxClients) {
    this.maxClients = maxClients;
  }

  public Map<String, Policy> getPolicies() {
    return policies;
  }

  public void setPolicies(Map<String, Policy> policies) {
    this.policies = policies;
  }

  public static class Policy {

    private List<String> paths = new ArrayList<>();
    private int perClient = 30;
    private int global = 1000;
    private Duration period = Duration.ofMinutes(1);

    public List<String> getPaths() {
      return paths;
    }

    public void setPaths(List<String> paths) {
      this.paths = paths;
    }

    public int getPerClient() {
      return perClient;
    }

    public void setPerClient(int perClient) {
      this.perClient = perClient;
    }

    public int getGlobal() {
      return global;
    }

    public void setGlobal(int global) {
      this.global = global;
    }

    public Duration getPeriod() {
      return period;
    }

    public void setPeriod(Duration period) {
      this.period = period;
    }
  }
}
