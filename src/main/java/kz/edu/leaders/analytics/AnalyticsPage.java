package kz.edu.leaders.analytics;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /analytics serves the analytics page (static, public/analytics/index.html). The page itself holds no figure: it
 * reads them from /api/analytics with the browser's Camunda login, and says to log in without one.
 */
@Configuration
public class AnalyticsPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/analytics").setViewName("forward:/analytics/index.html");
    registry.addViewController("/analytics/").setViewName("forward:/analytics/index.html");
  }
}
