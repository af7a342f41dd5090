package kz.edu.leaders.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Browser tests need Debian's chromium and chromium-driver (never a downloaded browser). */
public class BrowserCondition implements ExecutionCondition {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (TestProfiles.onPostgres()) {
      return ConditionEvaluationResult.disabled("browser tests run in the H2 run only");
    }
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return RequiredOrSkipped.missing("browser tests, /usr/bin/chromium or /usr/bin/chromedriver is missing "
          + "(apt-get install chromium chromium-driver)", "LEADERS_REQUIRE_BROWSER");
    }
    return ConditionEvaluationResult.enabled("chromium found");
  }
}
