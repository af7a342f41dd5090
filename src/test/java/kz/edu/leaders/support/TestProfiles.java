package kz.edu.leaders.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of the app-level tests: H2 by default; the PostgreSQL run of the same tests sets
 * {@code -Dleaders.test.db=postgres} (see the pom's postgres-tests execution).
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("leaders.test.db"));
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return onPostgres() ? new String[] {"demo", "test", "postgres"} : new String[] {"demo", "test"};
  }
}
