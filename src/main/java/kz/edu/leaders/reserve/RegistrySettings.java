package kz.edu.leaders.reserve;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Limits of the reserve registry ({@code leaders.reserve.registry.*}): the largest page the list answers, and the most
 * rows one CSV export writes (a larger export is refused, asking to narrow the filter, rather than building a file
 * nobody can open in a spreadsheet).
 */
@Component
@ConfigurationProperties(prefix = "leaders.reserve.registry")
public class RegistrySettings {

  private int maxPageSize = 200;
  private int exportLimit = 20000;

  public int getMaxPageSize() {
    return maxPageSize;
  }

  public void setMaxPageSize(int maxPageSize) {
    this.maxPageSize = maxPageSize;
  }

  public int getExportLimit() {
    return exportLimit;
  }

  public void setExportLimit(int exportLimit) {
    this.exportLimit = exportLimit;
  }
}
