package kz.edu.leaders.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** In the PostgreSQL run, app tests need LEADERS_DB_URL / LEADERS_DB_USER / LEADERS_DB_PASSWORD. */
public class PostgresCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TestProfiles.onPostgres()) {
      return ConditionEvaluationResult.enabled("H2 run");
    }
    if (System.getenv("LEADERS_DB_URL") == null || System.getenv("LEADERS_DB_PASSWORD") == null) {
      return RequiredOrSkipped.missing("PostgreSQL tests, LEADERS_DB_URL and LEADERS_DB_PASSWORD are not set",
          "LEADERS_REQUIRE_POSTGRES");
    }
    return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getenv("LEADERS_DB_URL"));
  }
}
