package kz.edu.leaders.identity;

import kz.edu.leaders.web.ErrorWriter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic login, checked against the engine's users, for the engine REST API (open by default) and
 * for the app's own API ({@link ApiAuthentication}, which also reads the webapps' session for the officials' pages).
 * The authenticated user's groups then drive the engine's authorization checks.
 */
@Configuration
public class RestSecurity {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    return basicAuth("engine-rest-authentication", "/engine-rest/*", null);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication(IdentityService identity,
                                                                              ErrorWriter errors) {
    // The app's API is served by the dispatcher servlet at "/", whose servlet path is the whole path.
    return basicAuth(new ApiAuthentication(identity, errors), "api-authentication", "/api/*", "");
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuth(String name, String pattern,
                                                                                       String servletPathPrefix) {
    return basicAuth(new ProcessEngineAuthenticationFilter(), name, pattern, servletPathPrefix);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuth(
      ProcessEngineAuthenticationFilter filter, String name, String pattern, String servletPathPrefix) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(pattern);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    if (servletPathPrefix != null) {
      registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, servletPathPrefix);
    }
    return registration;
  }
}
