package kz.edu.leaders.operations;

import kz.edu.leaders.web.ErrorWriter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Actuator's gate and the tags of the engine APIs' timings (docs/operations.md, "Monitoring"). */
@Configuration
public class OperationsWeb {

  @Bean
  FilterRegistrationBean<ActuatorAccess> actuatorAccess(WebEndpointProperties endpoints, IdentityService identity,
                                                        ErrorWriter errors) {
    String basePath = endpoints.getBasePath();
    FilterRegistrationBean<ActuatorAccess> registration =
        new FilterRegistrationBean<>(new ActuatorAccess(basePath, identity, errors));
    // "/actuator/*" covers "/actuator" itself too.
    registration.addUrlPatterns(basePath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  EngineApiRequests engineApiRequests(ObservationProperties observations, CamundaBpmProperties camunda,
                                      OperationsSettings settings) {
    return new EngineApiRequests(observations.getHttp().getServer().getRequests().getName(),
        camunda.getWebapp().getApplicationPath(), settings.getUriSegments());
  }
}
