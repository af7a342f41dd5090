package kz.edu.leaders.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * A test that needs something the machine may lack (PostgreSQL, Chromium) is skipped with a printed
 * reason on a developer's machine, and fails instead when CI demands it through an environment variable.
 */
final class RequiredOrSkipped {

  private RequiredOrSkipped() {}

  static ConditionEvaluationResult missing(String what, String requireVariable) {
    if ("true".equalsIgnoreCase(System.getenv(requireVariable))) {
      throw new IllegalStateException(what + " is required (" + requireVariable + "=true) but not available");
    }
    String message = "SKIPPED: " + what + " (" + requireVariable + " is not true)";
    System.out.println("[leaders] " + message);
    return ConditionEvaluationResult.disabled(message);
  }
}
