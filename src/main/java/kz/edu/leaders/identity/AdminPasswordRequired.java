package kz.edu.leaders.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without an administrator password. Spring's binder keeps an unresolved
 * {@code ${LEADERS_ADMIN_PASSWORD}} as the literal password, and the starter falls back to the user id
 * when none is set, so without this check production would start with a guessable admin password.
 * Runs before any bean, so no user is created with a bad password.
 */
public class AdminPasswordRequired implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getProperty("camunda.bpm.admin-user.id") == null) {
      return;
    }
    String password;
    try {
      password = environment.getProperty("camunda.bpm.admin-user.password");
    } catch (IllegalArgumentException unresolved) {
      password = null;
    }
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("No administrator password: set the environment variable "
          + "LEADERS_ADMIN_PASSWORD (only the demo profile has a default).");
    }
  }
}
