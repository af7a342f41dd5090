package kz.edu.leaders.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The largest request bodies the app reads ({@code leaders.http.*}, in bytes). A body over its limit is refused
 * with 413 before it is parsed. The defaults fit the largest real request with room to spare: an application is a
 * few hundred bytes, a task's form a few kilobytes, a national test-result batch (20,000 rows) about 1 MB.
 */
@Component
@ConfigurationProperties(prefix = "leaders.http")
public class HttpLimits {

  /** The app's JSON API ({@code /api/**}): applications, test-result batches as JSON. */
  private int apiBody = 4 * 1024 * 1024;
  /** The engine REST API and Tasklist's API: form submissions, queries. */
  private int engineBody = 1024 * 1024;

  public int getApiBody() {
    return apiBody;
  }

  public void setApiBody(int apiBody) {
    this.apiBody = apiBody;
  }

  public int getEngineBody() {
    return engineBody;
  }

  public void setEngineBody(int engineBody) {
    this.engineBody = engineBody;
  }
}
