package kz.edu.leaders.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application (engine, delegates, domain tables, web layer) on H2, or on PostgreSQL in the
 * PostgreSQL run; writes the process test coverage report. Class names end in AppTest so the pom's
 * PostgreSQL execution picks them up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({ProcessEngineCoverageConfiguration.class, EnglishByDefault.class})
@ExtendWith(PostgresCondition.class)
public @interface AppTest {}
