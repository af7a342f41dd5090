package kz.edu.leaders.web;

import java.util.Set;
import kz.edu.leaders.submission.SubmissionGuard;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API is served twice, as {@code /engine-rest} (HTTP Basic) and as Tasklist's and Cockpit's
 * {@code /camunda/api/engine} (session): both get the {@link SubmissionGuard}, the {@link ValueQueryGuard} and the
 * error mappers
 * ({@link EngineRestErrors}). The second is Camunda's "Engine Api" servlet, registered here under the same name and
 * before Camunda's initializer, which then leaves it alone (it registers a servlet only when its name is free);
 * {@code SubmissionGuardAppTest} fails if that ever changes.
 */
@Configuration
public class EngineApis {

  /** Camunda's name of the webapps' engine API servlet (CamundaBpmWebappInitializer). */
  static final String ENGINE_API_SERVLET = "Engine Api";

  @Bean
  CamundaJerseyResourceConfig guardedEngineRest(SubmissionGuard guard, ValueQueryGuard valueQueries) {
    return new CamundaJerseyResourceConfig() {
      @Override
      protected void registerAdditionalResources() {
        register(guard);
        register(valueQueries);
        register(EngineRestErrors.Wrapped.class);
        register(EngineRestErrors.Unwrapped.class);
      }
    };
  }

  @Bean
  ServletRegistrationBean<ServletContainer> guardedWebappEngineApi(SubmissionGuard guard,
                                                                  ValueQueryGuard valueQueries,
                                                                  CamundaBpmProperties camunda) {
    ResourceConfig config = new ResourceConfig();
    Set<Class<?>> classes = new EngineRestApplication().getClasses();
    config.registerClasses(classes);
    config.register(guard);
    config.register(valueQueries);
    config.register(EngineRestErrors.Wrapped.class);
    config.register(EngineRestErrors.Unwrapped.class);
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
        new ServletContainer(config), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(ENGINE_API_SERVLET);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CockpitApiGuard> cockpitApiGuard(ErrorWriter errors, CamundaBpmProperties camunda) {
    FilterRegistrationBean<CockpitApiGuard> registration = new FilterRegistrationBean<>(new CockpitApiGuard(errors));
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/cockpit/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<BodyLimit> apiBodyLimit(HttpLimits limits, ErrorWriter errors) {
    FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(new BodyLimit(limits, errors));
    registration.addUrlPatterns("/api/*", "/public/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<PublicRateLimit> publicRateLimit(RateLimitSettings settings, ErrorWriter errors) {
    // Before the body limit and anything else that reads or works: a limited request costs the least possible.
    FilterRegistrationBean<PublicRateLimit> registration =
        new FilterRegistrationBean<>(new PublicRateLimit(settings, errors));
    registration.addUrlPatterns("/public/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(CamundaBpmProperties camunda) {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders(camunda.getWebapp().getApplicationPath()));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
